/* tautan-extract-lexicon.c: the cue words of both languages
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every word the rules look for, Indonesian and English side by side:
 * speech cues, event cues mapped to the taxonomy, date words, role nouns,
 * furniture markers. They go into the same token trie as the gazetteer,
 * so looking them up costs nothing extra. docs/extraction.md lists them.
 */

#define G_LOG_DOMAIN "tautan-extract"

#include "config.h"

#include "tautan-extract-private.h"

typedef struct
{
  const char *phrase;
  guint16     kind;
  guint32     value;
} Word;

/* Speech cues. "kata Kim" puts the speaker after the cue, "Kim
 * mengatakan" before it; English "said" does both ("said Kim", "Kim
 * said"). The -nya forms ("ujarnya") are found through their stem. */
#define B SPEECH_BEFORE_SPEAKER
#define A SPEECH_AFTER_SPEAKER
#define E SPEECH_EXPRESS
static const Word speech[] = {
  /* Indonesian: cue, then speaker */
  { "kata", LEX_SPEECH, B }, { "ujar", LEX_SPEECH, B }, { "ucap", LEX_SPEECH, B },
  { "tutur", LEX_SPEECH, B }, { "ungkap", LEX_SPEECH, B }, { "sebut", LEX_SPEECH, B },
  { "tulis", LEX_SPEECH, B }, { "tegas", LEX_SPEECH, B }, { "tandas", LEX_SPEECH, B },
  { "jelas", LEX_SPEECH, B }, { "lanjut", LEX_SPEECH, B }, { "imbuh", LEX_SPEECH, B },
  { "tambah", LEX_SPEECH, B }, { "sambung", LEX_SPEECH, B }, { "papar", LEX_SPEECH, B },
  { "terang", LEX_SPEECH, B }, { "pungkas", LEX_SPEECH, B }, { "seru", LEX_SPEECH, B },
  { "kata dia", LEX_SPEECH, B }, { "timpal", LEX_SPEECH, B }, { "sergah", LEX_SPEECH, B },
  { "katanya", LEX_SPEECH, B }, { "ujarnya", LEX_SPEECH, B },
  { "kenang", LEX_SPEECH, B }, { "canda", LEX_SPEECH, B }, { "teriak", LEX_SPEECH, B },
  { "bisik", LEX_SPEECH, B }, { "jawab", LEX_SPEECH, B }, { "tanya", LEX_SPEECH, B },
  { "kilah", LEX_SPEECH, B }, { "tukas", LEX_SPEECH, B }, { "cetus", LEX_SPEECH, B },
  { "beber", LEX_SPEECH, B }, { "urai", LEX_SPEECH, B }, { "kisah", LEX_SPEECH, B },
  /* passive, the speaker after it: "Demikian disampaikan Menteri X",
   * "Hal itu diungkapkan Dubes Y" */
  { "disampaikan", LEX_SPEECH, B }, { "diungkapkan", LEX_SPEECH, B }, { "dikatakan", LEX_SPEECH, B },
  { "ditegaskan", LEX_SPEECH, B }, { "dijelaskan", LEX_SPEECH, B }, { "dinyatakan", LEX_SPEECH, B },
  { "diutarakan", LEX_SPEECH, B },
  { "menurut", LEX_SPEECH, SPEECH_ACCORDING }, { "menurut laporan", LEX_SPEECH, SPEECH_ACCORDING },
  { "dalam pesannya", LEX_SPEECH, A }, { "dalam pernyataannya", LEX_SPEECH, A },
  /* Indonesian: speaker, then cue */
  { "mengatakan", LEX_SPEECH, A }, { "menyatakan", LEX_SPEECH, A | E },
  { "menegaskan", LEX_SPEECH, A | E }, { "mengungkapkan", LEX_SPEECH, A | E },
  { "menjelaskan", LEX_SPEECH, A }, { "menambahkan", LEX_SPEECH, A },
  { "menuturkan", LEX_SPEECH, A }, { "menyebutkan", LEX_SPEECH, A }, { "menyebut", LEX_SPEECH, A | E },
  { "menulis", LEX_SPEECH, A }, { "berkata", LEX_SPEECH, A }, { "melanjutkan", LEX_SPEECH, A },
  { "mengucapkan", LEX_SPEECH, A | E }, { "memaparkan", LEX_SPEECH, A },
  { "menerangkan", LEX_SPEECH, A }, { "mengklaim", LEX_SPEECH, A | E },
  { "berpendapat", LEX_SPEECH, A }, { "bilang", LEX_SPEECH, A | B },
  { "mengaku", LEX_SPEECH, A }, { "mengakui", LEX_SPEECH, A }, { "bercerita", LEX_SPEECH, A },
  { "mengenang", LEX_SPEECH, A }, { "menjawab", LEX_SPEECH, A },
  { "menyampaikan", LEX_SPEECH, A | E }, { "mengumumkan", LEX_SPEECH, A },
  { "menekankan", LEX_SPEECH, A | E }, { "menyoroti", LEX_SPEECH, A }, { "menggarisbawahi", LEX_SPEECH, A }, { "mengingatkan", LEX_SPEECH, A | E },
  { "memperingatkan", LEX_SPEECH, A | E }, { "menyerukan", LEX_SPEECH, A | E },
  { "menggambarkan", LEX_SPEECH, A | E }, { "menyebutnya", LEX_SPEECH, A | E },
  { "menunjukkan", LEX_SPEECH, E }, { "menawarkan", LEX_SPEECH, E },
  { "memuji", LEX_SPEECH, E }, { "berjanji", LEX_SPEECH, E }, { "mengutuk", LEX_SPEECH, E },
  { "berterima kasih", LEX_SPEECH, E }, { "mengucapkan terima kasih", LEX_SPEECH, E },
  { "thanked", LEX_SPEECH, E }, { "welcomed", LEX_SPEECH, E }, { "menyambut", LEX_SPEECH, E },
  { "mengecam", LEX_SPEECH, E }, { "menuduh", LEX_SPEECH, E }, { "menyebut", LEX_SPEECH, E },
  { "menyuarakan", LEX_SPEECH, E }, { "menilai", LEX_SPEECH, A | E },
  /* "…,” kecamnya", "…,” desak Kim": a cue with a stance (see stances) */
  { "kecam", LEX_SPEECH, B }, { "desak", LEX_SPEECH, B }, { "bantah", LEX_SPEECH, B },
  { "sangkal", LEX_SPEECH, B }, { "tepis", LEX_SPEECH, B }, { "sanggah", LEX_SPEECH, B },
  { "tuding", LEX_SPEECH, B }, { "tuduh", LEX_SPEECH, B }, { "ancam", LEX_SPEECH, B },
  { "puji", LEX_SPEECH, B }, { "imbau", LEX_SPEECH, B }, { "pinta", LEX_SPEECH, B },
  { "keluh", LEX_SPEECH, B }, { "mengeluhkan", LEX_SPEECH, A | E }, { "menyesalkan", LEX_SPEECH, A | E },
  { "melaporkan", LEX_SPEECH, A | SPEECH_REPORT }, { "memberitakan", LEX_SPEECH, A | SPEECH_REPORT },
  { "mengutip", LEX_SPEECH, SPEECH_REPORT },
  /* English */
  { "said", LEX_SPEECH, A | B }, { "says", LEX_SPEECH, A | B }, { "told", LEX_SPEECH, A },
  { "wrote", LEX_SPEECH, A | B }, { "writes", LEX_SPEECH, A | B }, { "added", LEX_SPEECH, A | B },
  { "adds", LEX_SPEECH, A | B }, { "stressed", LEX_SPEECH, A | B }, { "highlighted", LEX_SPEECH, A }, { "underscored", LEX_SPEECH, A }, { "asked", LEX_SPEECH, A | B },
  { "explained", LEX_SPEECH, A | B }, { "noted", LEX_SPEECH, A | B }, { "continued", LEX_SPEECH, A | B },
  { "insisted", LEX_SPEECH, A | B }, { "warned", LEX_SPEECH, A | B | E }, { "declared", LEX_SPEECH, A | B | E },
  { "tweeted", LEX_SPEECH, A | B }, { "posted", LEX_SPEECH, A }, { "replied", LEX_SPEECH, A | B },
  { "answered", LEX_SPEECH, A | B }, { "recalled", LEX_SPEECH, A | B }, { "argued", LEX_SPEECH, A | B },
  { "emphasised", LEX_SPEECH, A | B }, { "emphasized", LEX_SPEECH, A | B }, { "announced", LEX_SPEECH, A },
  { "stated", LEX_SPEECH, A | B }, { "claimed", LEX_SPEECH, A | E }, { "tells", LEX_SPEECH, A },
  { "observed", LEX_SPEECH, A | B }, { "commented", LEX_SPEECH, A | B }, { "asserted", LEX_SPEECH, A },
  { "stating", LEX_SPEECH, A }, { "saying", LEX_SPEECH, A },
  { "concluded", LEX_SPEECH, A }, { "confirmed", LEX_SPEECH, A }, { "acknowledged", LEX_SPEECH, A },
  { "according to", LEX_SPEECH, SPEECH_ACCORDING },
  { "described", LEX_SPEECH, E }, { "called", LEX_SPEECH, E }, { "calls", LEX_SPEECH, E },
  { "praised", LEX_SPEECH, E }, { "pledged", LEX_SPEECH, E }, { "vowed", LEX_SPEECH, E },
  { "expressed", LEX_SPEECH, E }, { "condemned", LEX_SPEECH, E },
  { "accused", LEX_SPEECH, E }, { "denounced", LEX_SPEECH, E }, { "offered", LEX_SPEECH, E },
  { "urged", LEX_SPEECH, A | B | E }, { "urges", LEX_SPEECH, A | B | E }, { "warns", LEX_SPEECH, A | B | E },
  { "complained", LEX_SPEECH, A | B }, { "pleaded", LEX_SPEECH, A | B }, { "demanded", LEX_SPEECH, A | B },
  { "admitted", LEX_SPEECH, A | B }, { "responded", LEX_SPEECH, A | B }, { "remarked", LEX_SPEECH, A | B },
  { "conceded", LEX_SPEECH, A | B }, { "explains", LEX_SPEECH, A | B },
  { "shouted", LEX_SPEECH, A | B }, { "yelled", LEX_SPEECH, A | B },
  { "exclaimed", LEX_SPEECH, A | B }, { "whispered", LEX_SPEECH, A | B },
  { "joked", LEX_SPEECH, A | B }, { "quipped", LEX_SPEECH, A | B },
  { "cautioned", LEX_SPEECH, A | B }, { "boasted", LEX_SPEECH, A | B },
  { "lamented", LEX_SPEECH, A | B }, { "recounted", LEX_SPEECH, A | B },
  { "testified", LEX_SPEECH, A | B }, { "notes", LEX_SPEECH, A | B },
  { "recalls", LEX_SPEECH, A | B }, { "insists", LEX_SPEECH, A | B },
  { "argues", LEX_SPEECH, A | B },
  { "asks", LEX_SPEECH, A | B }, { "replies", LEX_SPEECH, A | B },
  { "reported", LEX_SPEECH, A | SPEECH_REPORT }, { "reports", LEX_SPEECH, A | SPEECH_REPORT },
  { "quoted", LEX_SPEECH, SPEECH_REPORT },
};
#undef B
#undef A
#undef E

#define N EVENT_CUE_NOUN
#define P EVENT_CUE_PASSIVE
#define M EVENT_CUE_MUTUAL
#define D EVENT_CUE_DENIAL
#define T EVENT_CUE_NEEDS_TARGET
#define H EVENT_CUE_HOST
#define A EVENT_CUE_ARRIVAL
const EventCue _tautan_event_cues[] = {
  /* support */
  { "mendukung", "support", T }, { "dukung", "support", T }, { "dukungan", "support", N },
  { "dukung penuh", "support", T }, { "mendukung penuh", "support", T },
  { "menyokong", "support", T }, { "memuji", "support", T }, { "pujian", "support", N },
  { "solidaritas", "support", N }, { "berdiri di belakang", "support", T }, { "didukung", "support", P },
  { "membela", "support", T }, { "support", "support", N }, { "supports", "support", T },
  { "supported", "support", T }, { "backs", "support", T }, { "backed", "support", T },
  { "praised", "support", T }, { "praises", "support", T }, { "endorsed", "support", T },
  { "endorses", "support", T }, { "solidarity", "support", N }, { "stands with", "support", T },
  { "stand with", "support", T }, { "was backed", "support", P }, { "is backed", "support", P },
  { "berterima kasih", "support", T }, { "thanked", "support", T }, { "backed by", "support", P },
  /* sympathy and thanks voiced with a light verb: "expressed appreciation
   * for X's efforts", "menyampaikan belasungkawa kepada X" */
  { "appreciation", "support", N }, { "apresiasi", "support", N }, { "gratitude", "support", N },
  { "condolences", "support", N }, { "belasungkawa", "support", N }, { "duka cita", "support", N },
  { "dukacita", "support", N },
  /* a welcome for another's act: "menyambut baik keputusan AS",
   * "welcomed Denmark's announcement" */
  { "menyambut baik", "support", T }, { "welcomed", "support", T }, { "welcomes", "support", T },
  /* ties raised: "meningkatkan hubungan … menjadi Kemitraan Strategis" */
  { "meningkatkan hubungan", "support", M | T }, { "mempererat hubungan", "support", M | T },
  { "memperkuat hubungan", "support", M | T }, { "upgraded ties", "support", M | T },
  { "upgraded relations", "support", M | T }, { "strengthened ties", "support", M | T },
  { "menyampaikan terima kasih", "support", T }, { "mengucapkan terima kasih", "support", T },
  /* meet */
  { "bertemu", "meet", M | T }, { "menemui", "meet", T }, { "pertemuan", "meet", N | M },
  { "pertemuan puncak", "meet", N | M }, { "berkunjung", "meet", T }, { "kunjungan", "meet", N },
  { "kunjungan kenegaraan", "meet", N }, { "mengunjungi", "meet", T }, { "dikunjungi", "meet", P }, { "berjabat tangan", "meet", M | T },
  { "bersalaman", "meet", M | T }, { "pembicaraan", "meet", N | M }, { "berunding", "meet", M | T },
  { "perundingan", "meet", N | M }, { "menerima kunjungan", "meet", T | H }, { "menjamu", "meet", T | H },
  { "menyambut", "meet", T | H },
  { "ktt", "meet", N | M }, { "met", "meet", M | T }, { "meets", "meet", M | T },
  { "meeting", "meet", N | M }, { "meetings", "meet", N | M }, { "visited", "meet", T }, { "visits", "meet", T },
  { "toured", "meet", T },
  /* a participle after the main verb carries the subject's act: "X made
   * a trip to Brussels, meeting with EU officials" */
  { "meeting with", "meet", M | T },
  { "visit", "meet", N }, { "held talks", "meet", M | T }, { "talks", "meet", N | M },
  { "summit", "meet", N | M }, { "hosted", "meet", T | H }, { "shook hands", "meet", M | T },
  { "contacted", "meet", T }, { "menghubungi", "meet", T }, { "met with", "meet", M | T },
  /* a telephone call is a consultation (CAMEO 041): "berbicara melalui
   * telepon dengan X", "telephoned X", "spoke by phone with X" */
  { "telephoned", "meet", T }, { "phoned", "meet", T }, { "menelepon", "meet", T },
  { "spoke by phone with", "meet", M | T }, { "spoke by telephone with", "meet", M | T },
  { "held a phone call with", "meet", M | T }, { "phone call", "meet", N | M },
  { "telephone call", "meet", N | M }, { "phone conversation", "meet", N | M },
  { "berbicara melalui telepon dengan", "meet", M | T }, { "berbicara lewat telepon dengan", "meet", M | T },
  { "berbicara via telepon dengan", "meet", M | T }, { "bertelepon dengan", "meet", M | T },
  { "pembicaraan telepon", "meet", N | M }, { "perbincangan telepon", "meet", N | M },
  { "bertemu dengan", "meet", M | T },
  /* talks without a word for the medium: "X spoke with Y", "berbicara
   * dengan Y" (an exchange of views, CAMEO 04) */
  { "spoke with", "meet", M | T }, { "talked with", "meet", M | T }, { "held talks with", "meet", M | T },
  { "berbicara dengan", "meet", M | T }, { "berbincang dengan", "meet", M | T },
  /* courtesy calls: "received a courtesy call from X" (the host's cue),
   * "paid a courtesy call on Y" (the guest's) */
  { "received a courtesy call from", "meet", T | H }, { "received courtesy calls from", "meet", T | H },
  { "received a visit from", "meet", T | H }, { "menerima kedatangan", "meet", T | H },
  /* the same visit told from the guest: "X was received by Y", "X
   * diterima oleh Y", "disambut Y" */
  { "was received by", "meet", P | T | H }, { "were received by", "meet", P | T | H },
  { "was hosted by", "meet", P | T | H }, { "were hosted by", "meet", P | T | H },
  { "was welcomed by", "meet", P | T | H }, { "were welcomed by", "meet", P | T | H },
  { "diterima oleh", "meet", P | T | H }, { "diterima langsung oleh", "meet", P | T | H },
  { "disambut oleh", "meet", P | T | H }, { "disambut langsung oleh", "meet", P | T | H },
  { "dijamu oleh", "meet", P | T | H },
  { "paid a courtesy call on", "meet", T }, { "paid a courtesy call to", "meet", T },
  /* "tiba di Taiwan untuk kunjungan tiga hari", "arrived in Beijing for
   * talks": an arrival for a visit is the visit */
  { "tiba di", "meet", T | A }, { "arrived in", "meet", T | A }, { "arrives in", "meet", T | A },
  { "landed in", "meet", T | A }, { "mendarat di", "meet", T | A },
  /* accuse */
  { "menuduh", "accuse", T }, { "tuduhan", "accuse", N }, { "dituduh", "accuse", P },
  { "menuding", "accuse", T }, { "tudingan", "accuse", N }, { "dituding", "accuse", P },
  { "menyalahkan", "accuse", T }, { "disalahkan", "accuse", P }, { "accused", "accuse", T },
  { "accuses", "accuse", T }, { "accusing", "accuse", T }, { "accusation", "accuse", N },
  { "accusations", "accuse", N }, { "blamed", "accuse", T }, { "blames", "accuse", T },
  { "was accused", "accuse", P }, { "were accused", "accuse", P }, { "been accused", "accuse", P },
  { "is accused", "accuse", P }, { "are accused", "accuse", P },
  /* deny */
  { "membantah", "deny", D }, { "bantahan", "deny", D | N }, { "menyangkal", "deny", D },
  { "menepis", "deny", D }, { "menolak tuduhan", "deny", D }, { "denied", "deny", D },
  { "denies", "deny", D }, { "deny", "deny", D }, { "denial", "deny", D | N },
  { "rejected the accusation", "deny", D }, { "rejected the allegations", "deny", D },
  { "dismissed the allegations", "deny", D },
  /* military cooperation */
  { "mengirim pasukan", "military-cooperation", 0 }, { "mengirimkan pasukan", "military-cooperation", 0 },
  { "mengerahkan pasukan", "military-cooperation", 0 }, { "mengirim tentara", "military-cooperation", 0 },
  { "mengirimkan tentara", "military-cooperation", 0 }, { "mengirim prajurit", "military-cooperation", 0 },
  { "pengiriman pasukan", "military-cooperation", N }, { "kerja sama militer", "military-cooperation", N | M },
  { "latihan militer bersama", "military-cooperation", N | M }, { "latihan gabungan", "military-cooperation", N | M },
  { "sent troops", "military-cooperation", 0 }, { "send troops", "military-cooperation", 0 },
  { "sending troops", "military-cooperation", 0 }, { "deployed troops", "military-cooperation", 0 },
  { "deploying troops", "military-cooperation", 0 }, { "sent soldiers", "military-cooperation", 0 },
  { "military cooperation", "military-cooperation", N | M }, { "joint exercises", "military-cooperation", N | M },
  { "joint military drills", "military-cooperation", N | M },
  /* sign agreement */
  { "menandatangani", "sign-agreement", M }, { "meneken", "sign-agreement", M },
  { "penandatanganan", "sign-agreement", N | M }, { "membuat kesepakatan", "sign-agreement", M | T },
  { "mencapai kesepakatan", "sign-agreement", M | T }, { "menyepakati", "sign-agreement", M },
  { "signed", "sign-agreement", M }, { "signs", "sign-agreement", M }, { "struck a deal", "sign-agreement", M | T },
  { "reached an agreement", "sign-agreement", M | T }, { "made a deal", "sign-agreement", M | T },
  { "signed a deal", "sign-agreement", M }, { "signed an agreement", "sign-agreement", M },
  /* "A and B agreed to extend a cease-fire", "A dan B sepakat untuk …":
   * parties agreeing with each other, though no document is named */
  { "agreed", "sign-agreement", M }, { "sepakat", "sign-agreement", M }, { "bersepakat", "sign-agreement", M },
  { "setuju untuk", "sign-agreement", M },
  /* congratulate */
  { "ucapan selamat", "congratulate", N }, { "memberi selamat", "congratulate", T },
  { "memberikan selamat", "congratulate", T }, { "mengucapkan selamat", "congratulate", T },
  { "memberikan ucapan selamat", "congratulate", T }, { "congratulated", "congratulate", T },
  { "congratulates", "congratulate", T }, { "congratulations", "congratulate", N },
  { "congratulate", "congratulate", T },
  /* criticise */
  { "mengkritik", "criticise", T }, { "kritik", "criticise", N }, { "mengecam", "criticise", T },
  { "kecaman", "criticise", N }, { "mengutuk", "criticise", T }, { "dikecam", "criticise", P },
  { "dikritik", "criticise", P }, { "criticised", "criticise", T }, { "criticized", "criticise", T },
  { "condemnation", "criticise", N },
  { "criticises", "criticise", T }, { "criticizes", "criticise", T }, { "condemned", "criticise", T },
  { "condemns", "criticise", T }, { "denounced", "criticise", T }, { "slammed", "criticise", T },
  { "rebuked", "criticise", T },
  /* concern voiced at another's act: "express deep concern about China's drills" */
  { "deep concern", "criticise", N }, { "grave concern", "criticise", N },
  { "serious concern", "criticise", N }, { "expressed concern", "criticise", T },
  { "concern about", "criticise", T }, { "concern over", "criticise", T },
  { "concerns about", "criticise", T }, { "concerns over", "criticise", T },
  { "keprihatinan", "criticise", N }, { "keprihatinan mendalam", "criticise", N },
  /* disagreement with another's act or policy: "tak setuju dengan
   * kebijakan luar negeri Amerika", "disagreed with the decision" */
  { "tidak setuju dengan", "criticise", T }, { "tak setuju dengan", "criticise", T },
  { "tidak sependapat dengan", "criticise", T }, { "disagreed with", "criticise", T },
  { "disagrees with", "criticise", T },
  /* reject */
  { "menentang", "reject", T }, { "menolak", "reject", T }, { "memveto", "reject", T },
  { "ditolak", "reject", P },
  { "memberikan suara menentang", "reject", T }, { "rejected", "reject", T }, { "rejects", "reject", T },
  { "opposed", "reject", T }, { "opposes", "reject", T }, { "voted against", "reject", T },
  { "vetoed", "reject", T }, { "ruled out", "reject", T }, { "rules out", "reject", T },
  { "menutup kemungkinan", "reject", T },
  /* a refusal to act is a rejection of the party the act would involve:
   * "refused to hold talks with X", "tidak bersedia berunding dengan X" */
  { "refused to", "reject", T }, { "refuses to", "reject", T }, { "declined to", "reject", T },
  { "declines to", "reject", T }, { "menolak untuk", "reject", T }, { "tidak bersedia", "reject", T },
  { "tak bersedia", "reject", T }, { "enggan", "reject", T }, { "tidak mau", "reject", T },
  { "tak mau", "reject", T },
  /* talks broken off: "the army has broken off negotiations with the RSF" */
  { "broke off negotiations", "reject", T }, { "broken off negotiations", "reject", T },
  { "broke off talks", "reject", T }, { "broken off talks", "reject", T },
  { "walked away from the talks", "reject", T }, { "walked out of the talks", "reject", T },
  { "suspended talks", "reject", T }, { "suspended negotiations", "reject", T },
  { "memutus perundingan", "reject", T }, { "menghentikan perundingan", "reject", T },
  { "menangguhkan perundingan", "reject", T }, { "mundur dari perundingan", "reject", T },
  { "keluar dari perundingan", "reject", T }, { "menghentikan pembicaraan", "reject", T },
  /* threaten */
  { "mengancam", "threaten", T }, { "threatened", "threaten", T }, { "threatens", "threaten", T },
  { "diancam", "threaten", P },
  /* sanction */
  { "menjatuhkan sanksi", "sanction", T }, { "memberlakukan sanksi", "sanction", T },
  { "mengenakan sanksi", "sanction", T }, { "imposed sanctions", "sanction", T },
  { "memberi sanksi", "sanction", T }, { "memberikan sanksi", "sanction", T },
  { "impose sanctions", "sanction", T }, { "imposes sanctions", "sanction", T },
  { "impose new sanctions", "sanction", T }, { "imposed new sanctions", "sanction", T },
  { "sanctioned", "sanction", T }, { "new sanctions", "sanction", N },
  { "sanksi", "sanction", N }, { "sanctions", "sanction", N },
  /* tariffs as a penalty: "AS akan memberlakukan tarif 200 persen untuk aluminium Rusia" */
  { "memberlakukan tarif", "sanction", T }, { "mengenakan tarif", "sanction", T },
  { "menerapkan tarif", "sanction", T }, { "imposed tariffs", "sanction", T },
  { "impose tariffs", "sanction", T }, { "imposes tariffs", "sanction", T },
  { "slapped tariffs", "sanction", T },
  /* attack */
  { "menyerang", "attack", T }, { "serangan", "attack", N }, { "menginvasi", "attack", T },
  { "invasi", "attack", N }, { "menyerbu", "attack", T }, { "mengebom", "attack", T },
  { "membom", "attack", T }, { "menembak jatuh", "attack", T }, { "diserang", "attack", P },
  { "serangan udara", "attack", N }, { "attacked", "attack", T }, { "attacks", "attack", N },
  { "invaded", "attack", T }, { "invasion", "attack", N }, { "bombed", "attack", T },
  { "shelled", "attack", T }, { "struck", "attack", T }, { "airstrikes", "attack", N },
  { "air strikes", "attack", N }, { "shot down", "attack", T }, { "was attacked", "attack", P },
  { "fired artillery", "attack", T }, { "fired rockets", "attack", T }, { "fired missiles", "attack", T },
  { "fired shells", "attack", T }, { "retaliated", "attack", T }, { "menembakkan", "attack", T },
  { "menembaki", "attack", T }, { "membalas", "attack", T },
  /* supply weapons */
  { "memasok senjata", "supply-weapons", 0 }, { "mengirim senjata", "supply-weapons", 0 },
  { "memasok roket", "supply-weapons", 0 }, { "memasok rudal", "supply-weapons", 0 },
  { "pasokan senjata", "supply-weapons", N }, { "mengirim pasokan militer", "supply-weapons", 0 },
  { "supplied weapons", "supply-weapons", 0 }, { "supplying weapons", "supply-weapons", 0 },
  { "supplied arms", "supply-weapons", 0 }, { "sent weapons", "supply-weapons", 0 },
  { "delivered weapons", "supply-weapons", 0 }, { "arms shipments", "supply-weapons", N },
  /* "mengumumkan paket bantuan militer baru untuk Ukraina", "announced
   * a military aid package for Ukraine": with a light verb, the act */
  { "bantuan militer", "supply-weapons", N }, { "military aid", "supply-weapons", N },
  { "military assistance", "supply-weapons", N }, { "security assistance", "supply-weapons", N },
  /* aid */
  { "memberikan bantuan", "aid", 0 }, { "mengirim bantuan", "aid", 0 }, { "menyalurkan bantuan", "aid", 0 },
  { "bantuan kemanusiaan", "aid", N }, { "provided aid", "aid", 0 }, { "sent aid", "aid", 0 },
  { "humanitarian aid", "aid", N }, { "donated", "aid", 0 },
  /* a rescue is humanitarian aid (CAMEO 073) */
  { "rescued", "aid", T }, { "saved", "aid", T }, { "menyelamatkan", "aid", T }, { "mengevakuasi", "aid", T },
  { "evacuated", "aid", T }, { "membantu", "aid", T }, { "dibantu", "aid", P }, { "menolong", "aid", T },
  /* promise */
  { "berjanji", "promise", 0 }, { "menjanjikan", "promise", 0 }, { "bersumpah", "promise", 0 },
  { "pledged", "promise", 0 }, { "promised", "promise", 0 }, { "vowed", "promise", 0 },
  { "pledges", "promise", 0 }, { "promises", "promise", 0 },
  { "committed to", "promise", 0 }, { "berkomitmen", "promise", 0 },
  /* a commitment restated: "reaffirmed the U.S. commitment to defend
   * the ROK", "menegaskan kembali komitmen Indonesia" */
  { "reaffirmed", "promise", 0 }, { "reaffirms", "promise", 0 }, { "reiterated its commitment", "promise", 0 },
  { "menegaskan kembali komitmen", "promise", 0 }, { "kembali menegaskan komitmen", "promise", 0 },
  /* appeal */
  { "menyerukan", "appeal", 0 }, { "mendesak", "appeal", T }, { "mengimbau", "appeal", T },
  { "meminta", "appeal", T }, { "called on", "appeal", T }, { "called for", "appeal", 0 },
  { "urged", "appeal", T }, { "appealed", "appeal", 0 }, { "urges", "appeal", T }, { "asked", "appeal", T },
  { "asks", "appeal", T }, { "requested", "appeal", 0 }, { "asking", "appeal", T }, { "urging", "appeal", T },
  { "calling on", "appeal", T }, { "calling for", "appeal", 0 }, { "menuntut", "appeal", T }, { "memohon", "appeal", T },
  /* a proposal: "mengusulkan pembicaraan dengan X", "proposed talks with X" */
  { "mengusulkan", "appeal", T }, { "mengajukan usulan", "appeal", T }, { "proposed", "appeal", T },
  { "proposes", "appeal", T },
  /* vote: a legislature passes a bill */
  { "mengesahkan", "vote", 0 }, { "menyetujui", "vote", 0 }, { "passed the bill", "vote", 0 },
  { "approved the bill", "vote", 0 }, { "passed the law", "vote", 0 },
  { "voted for", "vote", 0 }, { "voted in favour", "vote", 0 }, { "voted in favor", "vote", 0 },
  /* verbs of praise and of appeal the lists above lacked: "The United
   * States appreciates X", "X berpesan kepada Y untuk …" */
  { "appreciated", "support", T }, { "appreciates", "support", T },
  { "commended", "support", T }, { "commends", "support", T }, { "lauded", "support", T },
  { "applauded", "support", T }, { "mengapresiasi", "support", T }, { "menghargai", "support", T },
  { "berpesan", "appeal", T }, { "menghimbau", "appeal", T }, { "mengajak", "appeal", T },
  { "encouraged", "appeal", T }, { "encourages", "appeal", T },
};
#undef N
#undef P
#undef M
#undef D
#undef T
#undef H
#undef A

const guint _tautan_n_event_cues = G_N_ELEMENTS (_tautan_event_cues);

/* Speech verbs that say what the words are news for: a statement made
 * with them ("…,” kecam Kim", "X warned Seoul", "said X, urging Y") takes
 * their type. The stems stand for their -nya forms ("desaknya"). */
#define S STANCE_PARTICIPLE
static const struct { const char *phrase; const char *type; guint16 flags; } stances[] = {
  /* criticise */
  { "kecam", "criticise", 0 }, { "mengecam", "criticise", 0 }, { "mengkritik", "criticise", 0 },
  { "mengkritisi", "criticise", 0 }, { "kutuk", "criticise", 0 }, { "mengutuk", "criticise", 0 },
  { "menyesalkan", "criticise", 0 }, { "keluh", "criticise", 0 }, { "mengeluhkan", "criticise", 0 },
  { "criticised", "criticise", 0 }, { "criticized", "criticise", 0 }, { "criticises", "criticise", 0 },
  { "criticizes", "criticise", 0 }, { "condemned", "criticise", 0 }, { "condemns", "criticise", 0 },
  { "denounced", "criticise", 0 }, { "denounces", "criticise", 0 }, { "slammed", "criticise", 0 },
  { "blasted", "criticise", 0 }, { "lambasted", "criticise", 0 }, { "deplored", "criticise", 0 },
  { "decried", "criticise", 0 }, { "complained", "criticise", 0 },
  { "criticising", "criticise", S }, { "criticizing", "criticise", S }, { "condemning", "criticise", S },
  { "denouncing", "criticise", S }, { "slamming", "criticise", S },
  /* appeal */
  { "desak", "appeal", 0 }, { "mendesak", "appeal", 0 }, { "menyerukan", "appeal", 0 },
  { "imbau", "appeal", 0 }, { "mengimbau", "appeal", 0 }, { "pinta", "appeal", 0 },
  { "memohon", "appeal", 0 }, { "urged", "appeal", 0 }, { "urges", "appeal", 0 },
  { "called on", "appeal", 0 }, { "calls on", "appeal", 0 }, { "appealed", "appeal", 0 },
  { "pleaded", "appeal", 0 }, { "demanded", "appeal", 0 },
  { "urging", "appeal", S }, { "calling on", "appeal", S }, { "appealing", "appeal", S },
  /* the first person's own words: "We call on Russia", "We condemn" */
  { "call on", "appeal", 0 }, { "urge", "appeal", 0 }, { "condemn", "criticise", 0 },
  { "denounce", "criticise", 0 }, { "reject", "reject", 0 }, { "deny", "deny", 0 },
  { "menolak keras", "reject", 0 }, { "mengecam keras", "criticise", 0 },
  /* … and of backing: "We support Ukraine", "Kami mendukung KLHK", "We
   * welcome the decision", "Kami menyambut baik langkah itu" */
  { "support", "support", 0 }, { "mendukung", "support", 0 }, { "welcome", "support", 0 },
  { "menyambut baik", "support", 0 }, { "appreciate", "support", 0 }, { "mengapresiasi", "support", 0 },
  { "thank", "support", 0 },
  /* deny */
  { "bantah", "deny", 0 }, { "membantah", "deny", 0 }, { "sangkal", "deny", 0 },
  { "menyangkal", "deny", 0 }, { "tepis", "deny", 0 }, { "menepis", "deny", 0 },
  { "sanggah", "deny", 0 }, { "menyanggah", "deny", 0 }, { "denied", "deny", 0 },
  { "denies", "deny", 0 }, { "denying", "deny", S },
  /* accuse */
  { "tuding", "accuse", 0 }, { "menuding", "accuse", 0 }, { "tuduh", "accuse", 0 },
  { "menuduh", "accuse", 0 }, { "accused", "accuse", 0 }, { "accuses", "accuse", 0 },
  { "accusing", "accuse", S }, { "blaming", "accuse", S },
  /* threaten: a warning aimed at someone */
  { "ancam", "threaten", 0 }, { "mengancam", "threaten", 0 }, { "memperingatkan", "threaten", 0 },
  { "warned", "threaten", 0 }, { "warns", "threaten", 0 }, { "threatened", "threaten", 0 },
  { "threatens", "threaten", 0 }, { "warning", "threaten", S }, { "threatening", "threaten", S },
  /* support */
  { "puji", "support", 0 }, { "memuji", "support", 0 }, { "praised", "support", 0 },
  { "praises", "support", 0 }, { "hailed", "support", 0 }, { "praising", "support", S },
  /* reject */
  { "menolak", "reject", 0 }, { "rejected", "reject", 0 }, { "rejects", "reject", 0 },
  { "rejecting", "reject", S },
};
#undef S

/* Words for an actor named before: "pemerintah", "the two leaders". */
static const struct { const char *phrase; guint32 value; } descriptions[] = {
  { "government", DESC_GOVERNMENT }, { "pemerintah", DESC_GOVERNMENT },
  { "administration", DESC_ADMINISTRATION }, { "pemerintahan", DESC_ADMINISTRATION },
  { "kedua pemimpin", DESC_PAIR_LEADERS }, { "kedua kepala negara", DESC_PAIR_LEADERS },
  { "kedua presiden", DESC_PAIR_LEADERS }, { "the two leaders", DESC_PAIR_LEADERS },
  { "both leaders", DESC_PAIR_LEADERS }, { "the two presidents", DESC_PAIR_LEADERS },
  { "kedua negara", DESC_PAIR_STATES }, { "the two countries", DESC_PAIR_STATES },
  { "both countries", DESC_PAIR_STATES }, { "the two nations", DESC_PAIR_STATES },
};

/* People of a state as a group: "legislator AS" (the state after), "US
 * lawmakers" (the state before). */
static const struct { const char *phrase; guint32 value; } group_nouns[] = {
  { "anggota parlemen", 0 }, { "anggota kongres", 0 }, { "anggota dewan", 0 }, { "anggota senat", 0 },
  { "legislator", 0 }, { "para legislator", 0 }, { "pejabat", 0 }, { "para pejabat", 0 },
  { "diplomat", 0 }, { "para diplomat", 0 },
  { "lawmakers", 1 }, { "legislators", 1 }, { "officials", 1 }, { "diplomats", 1 }, { "senators", 1 },
  { "congressmen", 1 }, { "members of congress", 1 }, { "members of parliament", 1 },
};

/* Verbs that turn a noun cue into an act: "menyatakan dukungan". */
static const char *light_verbs[] = {
  "menyatakan", "memberikan", "memberi", "mengirim", "mengirimkan", "menawarkan", "menyuarakan",
  "melakukan", "mengadakan", "menggelar", "melancarkan", "meluncurkan", "menyampaikan",
  "menunjukkan", "mengungkapkan", "menegaskan", "menyerukan", "menjalin", "memperdalam",
  "mempererat", "memperkuat", "meningkatkan", "melontarkan", "menerima", "mengumumkan",
  /* "melaksanakan kunjungan kehormatan ke X", "paid a visit to X" */
  "melaksanakan", "melangsungkan", "paid", "pays",
  "expressed", "express", "expresses", "expressing", "offered", "gave", "give", "sent", "launched", "held", "hold",
  "conducted", "received", "receives",
  /* "attended a bilateral meeting with X", "had talks with X" */
  "attended", "attends", "had", "menghadiri",
  "voiced", "deepened", "strengthened", "announced", "made", "extended", "pledged",
  /* "signed an order imposing new sanctions on X": the participle too */
  "imposed", "impose", "imposes", "imposing", "menjatuhkan", "memberlakukan", "mengenakan",
};

static const struct { const char *phrase; guint32 value; } date_words[] = {
  { "lalu", DW_AGO }, { "yang lalu", DW_AGO }, { "silam", DW_AGO }, { "ago", DW_AGO },
  { "last", DW_LAST }, { "previous", DW_LAST }, { "ini", DW_THIS }, { "this", DW_THIS },
  { "depan", DW_NEXT }, { "mendatang", DW_NEXT }, { "next", DW_NEXT }, { "coming", DW_NEXT },
  { "hari", DW_DAY_UNIT }, { "day", DW_DAY_UNIT }, { "days", DW_DAY_UNIT },
  { "pekan", DW_WEEK_UNIT }, { "minggu", DW_WEEK_UNIT }, { "week", DW_WEEK_UNIT }, { "weeks", DW_WEEK_UNIT },
  { "bulan", DW_MONTH_UNIT }, { "month", DW_MONTH_UNIT }, { "months", DW_MONTH_UNIT },
  { "tahun", DW_YEAR_UNIT }, { "year", DW_YEAR_UNIT }, { "years", DW_YEAR_UNIT },
  { "sehari", DW_DAY_UNIT }, { "sepekan", DW_WEEK_UNIT }, { "seminggu", DW_WEEK_UNIT },
  { "sebulan", DW_MONTH_UNIT }, { "setahun", DW_YEAR_UNIT },
  { "kemarin", DW_YESTERDAY }, { "yesterday", DW_YESTERDAY },
  { "hari ini", DW_TODAY }, { "today", DW_TODAY }, { "besok", DW_TOMORROW }, { "tomorrow", DW_TOMORROW },
  { "awal", DW_EARLY }, { "early", DW_EARLY }, { "earlier", DW_EARLY }, { "permulaan", DW_EARLY },
  { "pertengahan", DW_MID }, { "mid", DW_MID }, { "akhir", DW_LATE }, { "late", DW_LATE },
  { "later", DW_LATE }, { "akhir pekan", DW_WEEKEND }, { "weekend", DW_WEEKEND },
  { "terakhir", DW_PAST }, { "past", DW_PAST }, { "sejak", DW_SINCE }, { "since", DW_SINCE },
  { "pada", DW_ON }, { "on", DW_ON }, { "in", DW_ON }, { "tanggal", DW_ON }, { "pada hari", DW_ON },
  { "pada tanggal", DW_ON }, { "dalam", DW_ON }, { "selama", DW_ON }, { "over", DW_ON },
  { "during", DW_ON }, { "within", DW_ON }, { "hingga", DW_ON }, { "until", DW_ON },
  { "beberapa", DW_FEW }, { "a few", DW_FEW }, { "several", DW_FEW },
  { "tadi malam", DW_LAST_NIGHT }, { "semalam", DW_LAST_NIGHT }, { "last night", DW_LAST_NIGHT },
  { "kemarin malam", DW_LAST_NIGHT },
  { "beberapa waktu lalu", DW_WHILE_AGO }, { "beberapa waktu yang lalu", DW_WHILE_AGO },
  { "some time ago", DW_WHILE_AGO }, { "a while ago", DW_WHILE_AGO }, { "sometime ago", DW_WHILE_AGO },
  { "baru-baru ini", DW_RECENTLY }, { "belum lama ini", DW_RECENTLY }, { "recently", DW_RECENTLY },
  { "not long ago", DW_RECENTLY },
};

static const struct { const char *phrase; guint32 value; } number_words[] = {
  { "satu", 1 }, { "dua", 2 }, { "tiga", 3 }, { "empat", 4 }, { "lima", 5 }, { "enam", 6 },
  { "tujuh", 7 }, { "delapan", 8 }, { "sembilan", 9 }, { "sepuluh", 10 }, { "sebelas", 11 },
  { "dua belas", 12 }, { "one", 1 }, { "a", 1 }, { "an", 1 }, { "two", 2 }, { "three", 3 },
  { "four", 4 }, { "five", 5 }, { "six", 6 }, { "seven", 7 }, { "eight", 8 }, { "nine", 9 },
  { "ten", 10 }, { "eleven", 11 }, { "twelve", 12 },
};

static const char *months[12][6] = {
  { "januari", "january", "jan", NULL }, { "februari", "february", "feb", "pebruari", NULL },
  { "maret", "march", "mar", NULL }, { "april", "apr", NULL }, { "mei", "may", NULL },
  { "juni", "june", "jun", NULL }, { "juli", "july", "jul", NULL },
  { "agustus", "august", "aug", "agu", "agt", NULL }, { "september", "sept", "sep", NULL },
  { "oktober", "october", "okt", "oct", NULL }, { "november", "nov", "nopember", NULL },
  { "desember", "december", "des", "dec", NULL },
};

static const char *weekdays[7][5] = {
  { "senin", "monday", NULL }, { "selasa", "tuesday", NULL }, { "rabu", "wednesday", NULL },
  { "kamis", "thursday", NULL }, { "jumat", "jum'at", "friday", NULL },
  { "sabtu", "saturday", NULL }, { "minggu", "ahad", "sunday", NULL },
};

/* Role nouns: a name after them is a person; "presiden itu" refers back. */
static const char *titles[] = {
  "presiden", "wakil presiden", "perdana menteri", "menteri", "menteri luar negeri",
  "menteri pertahanan", "pemimpin", "pemimpin tertinggi", "kepala", "ketua", "wakil ketua",
  "juru bicara", "jubir", "pejabat", "diplomat", "duta besar", "dubes", "kanselir", "raja",
  "ratu", "pangeran", "gubernur", "wali kota", "walikota", "bupati", "jenderal", "panglima",
  "komandan", "direktur", "sekretaris", "sekretaris jenderal", "sekjen", "anggota", "senator",
  "hakim", "jaksa", "kapolri", "kapolda", "pengamat", "analis", "pakar", "profesor", "rektor",
  "kepala keamanan", "kepala negara", "kepala pemerintahan", "penasihat", "utusan", "mantan",
  "president", "vice president", "prime minister", "minister", "foreign minister",
  "defence minister", "defense minister", "leader", "supreme leader", "chief", "head",
  "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "official",
  "officials", "diplomat", "ambassador", "chancellor", "king", "queen", "prince", "governor",
  "mayor", "general", "commander", "director", "secretary", "secretary-general", "senator",
  "judge", "prosecutor", "analyst", "expert", "professor", "adviser", "advisor", "envoy",
  "former", "lawmaker", "coach", "captain", "ceo", "pope", "sheikh", "mr", "mrs", "ms", "dr",
  "deputy", "administrator", "undersecretary", "under-secretary", "founder", "co-founder",
  "campaigner", "barrister", "executive director", "wakil", "staf khusus", "pendiri",
  "special advisor", "special adviser", "senior advisor", "senior adviser", "penasihat khusus",
  "acting", "permanent secretary", "acting permanent secretary", "deputy secretary",
  "deputy secretary of state", "principal deputy spokesperson", "deputy spokesperson",
  "high representative", "plt", "pelaksana tugas",
  /* military and police ranks, written out or cut short with a stop
   * ("Sgt. 1st Class John Ballesteros", "Kombes Pol Hendra") */
  "sgt", "maj", "spc", "pfc", "cpl", "pvt", "gen", "col", "lt", "capt", "adm", "brig", "sfc",
  "cmdr", "1st class", "sergeant", "staff sergeant", "colonel", "lieutenant", "admiral",
  "corporal", "kolonel", "letkol", "kapten", "letnan", "brigjen", "mayjen", "letjen",
  "laksamana", "marsekal", "kombes", "akbp", "kompol", "irjen", "brigadir", "komisaris besar",
  "komjen", "akp", "iptu", "ipda", "aiptu", "bripka", "irjen pol", "kombes pol", "brigjen pol",
  "komjen pol", "akbp pol", "jenderal pol", "ketua umum", "wakil ketua umum", "direktur utama",
  "dirut", "direktur jenderal", "dirjen", "kepala staf", "ketua panitia", "ketua pelaksana",
  "ketua harian",
  /* regional offices and their deputies, ranks and posts new to the
   * list: "Wagub Sumbar Audy", "Sersan Budi", "Kasubag Humas Abu Soleh",
   * "Air Chief Marshal Hadi Tjahjanto", "Sergeant Major John Smith" */
  "wagub", "wakil gubernur", "wabup", "wakil bupati", "wawali", "wakil wali kota", "wakil walikota",
  "sekda", "sekretaris daerah", "kasubag", "kabag", "kabid", "kasat", "kapolresta", "wakapolda",
  "wakapolres", "danrem", "dandim", "pangdam", "kajari", "kajati", "pimpinan", "sersan",
  "sersan mayor", "marshal", "air marshal", "air chief marshal", "field marshal", "sergeant major",
  "master sergeant", "command sergeant major", "chief master sergeant",
  /* courts and sport: "U.S. Attorney Jane Roe", "terdakwa Joko", "striker Tom Baker" */
  "attorney", "attorney general", "district attorney", "lawyer", "defendant", "sheriff",
  "detective", "inspector", "striker", "midfielder", "defender", "goalkeeper", "skipper",
  "terdakwa", "pengacara", "kuasa hukum", "penyidik", "pelatih", "kiper", "kapolsek",
  /* portfolios: the ministry is part of the role, not of the name */
  "menteri kesehatan", "menteri keuangan", "menteri dalam negeri", "menteri perdagangan",
  "menteri pendidikan", "menteri agama", "menteri hukum", "menteri sosial", "menteri koordinator",
  "menteri perhubungan", "menteri pertanian", "menteri kelautan", "menteri lingkungan hidup",
  "home secretary", "foreign secretary", "secretary of state", "health minister", "finance minister",
  "education minister", "interior minister", "trade minister", "environment minister",
  /* "U.S. Treasury Secretary Jacob J. Lew": a portfolio before the post,
   * so the state before them is the person's */
  "treasury secretary", "energy secretary", "commerce secretary", "defense secretary",
  "defence secretary", "agriculture secretary", "interior secretary", "labor secretary",
  "transportation secretary", "education secretary", "health secretary", "homeland security secretary",
  "energy minister", "agriculture minister", "fisheries minister", "tourism minister",
  "economy minister", "justice minister", "transport minister", "industry minister",
  /* Indonesian short forms: "Mendag Zulkifli Hasan", "Wapres Ma'ruf Amin" */
  "menlu", "wamenlu", "menhan", "wamenhan", "mendag", "menkeu", "wamenkeu", "menkes", "mendagri",
  "menkumham", "menaker", "mentan", "menpora", "mendikbud", "mendikbudristek", "menparekraf",
  "menkominfo", "mensos", "menag", "menperin", "menhub", "menko", "menkopolhukam",
  "menko polhukam", "menko perekonomian", "menko marves", "menkomarves", "mensesneg", "seskab",
  "wamen", "wapres", "kapolres", "kasad", "ksad", "ksal", "ksau", "menteri bumn", "menteri esdm",
  "menteri pupr", "menteri ppn", "kepala bappenas", "kepala bnpb",
  /* consuls, and the Navy's and Air Force's flag ranks cut short: "Konsul
   * Jenderal Filipina Angelica Escalona", "Laksma Hanarko" */
  "konsul", "konsul jenderal", "konsul general", "konjen", "wakil konsul", "consul",
  "consul general", "consul-general", "vice consul", "laksma", "laksda", "laksdya", "marsma",
  "marsda", "marsdya",
  /* honorifics of address before a name, Malaysian ones among them:
   * "H.E. Thani Alzeyoudi", "TYT Dato’ Seri Zahrain" ("Seri" after them
   * is in honorific_rest) */
  "h.e", "his excellency", "her excellency", "tyt", "yang mulia", "dato", "datuk", "datin",
  "tan sri", "puan sri", "dato’ seri", "dato' seri", "dato seri", "dato’ sri", "dato' sri", "dato sri",
  "datuk seri", "datuk sri",
  /* "Coordinating Minister for Maritime Affairs", "Sultan Brunei
   * Darussalam Hassanal Bolkiah", "Ibu Negara Iriana", "the NATO
   * Foreign Ministers’ Meeting" */
  "coordinating minister", "sultan", "emir", "ibu negara", "first lady", "ministers",
  "foreign ministers",
  /* "ungkap Politisi Fraksi Partai Demokrat ini": a politician named by
   * party, who is the person named before */
  "politisi", "politikus", "politician",
};

/* Heads of organisation names: "Kementerian Luar Negeri Rusia". */
static const char *org_heads[] = {
  "kementerian", "kemenlu", "departemen", "badan", "komisi", "dewan", "partai", "lembaga",
  "majelis", "mahkamah", "pengadilan", "kepolisian", "polisi", "tentara", "angkatan",
  "pasukan", "organisasi", "universitas", "institut", "perusahaan", "bank", "kantor",
  "kantor berita", "pemerintah", "parlemen", "senat", "kongres", "kejaksaan", "komite",
  "asosiasi", "federasi", "persatuan", "serikat", "yayasan", "koalisi", "gerakan", "front",
  "ministry", "department", "agency", "commission", "council", "party", "court", "police",
  "army", "forces", "organisation", "organization", "university", "institute", "company",
  "corporation", "office", "government", "parliament", "senate", "congress", "committee",
  "association", "federation", "union", "foundation", "coalition", "movement", "group",
  "bureau", "authority", "administration", "news agency", "newspaper", "surat kabar", "church",
  "school", "school district", "sekolah", "pt", "perum", "inc", "corp", "ltd", "plc",
  "gereja",
  /* a task force, a directorate, a municipality: "Satuan Tugas Nasional", "the
   * Municipality of Livorno" */
  "satuan tugas", "satgas", "gugus tugas", "direktorat", "dinas", "task force", "directorate",
  "municipality",
  /* an embassy, a state's contingent, a party's faction: "Kedutaan Besar
   * Malaysia", "Kontingen Indonesia", "Fraksi Partai Demokrat" */
  "kedutaan besar", "kedubes", "embassy", "konsulat", "konsulat jenderal", "consulate", "kontingen",
  "contingent", "fraksi", "faction",
};

static const char *anon[] = {
  "seorang", "salah seorang", "sejumlah", "beberapa", "para", "sumber", "sumber-sumber",
  "a", "an", "one", "some", "several", "two", "sources", "a source", "an unnamed", "unnamed",
  "anonymous", "senior", "seorang pejabat", "pejabat yang", "officials",
};

static const char *pronouns[] = {
  "ia", "dia", "beliau", "he", "she", "dirinya",
};

static const char *demonstratives[] = {
  "itu", "tersebut", "ini", "the", "this",
};

static const struct { const char *phrase; guint32 value; } preps[] = {
  { "di", PREP_AT }, { "in", PREP_AT }, { "at", PREP_AT }, { "near", PREP_AT },
  { "ke", PREP_TO }, { "kepada", PREP_TO }, { "to", PREP_TO }, { "into", PREP_TO }, { "toward", PREP_TO },
  { "dengan", PREP_WITH }, { "with", PREP_WITH }, { "bersama", PREP_WITH },
  { "terhadap", PREP_AGAINST }, { "against", PREP_AGAINST }, { "melawan", PREP_AGAINST },
  { "atas", PREP_AGAINST }, { "on", PREP_AGAINST }, { "over", PREP_AGAINST },
  { "dari", PREP_FROM }, { "from", PREP_FROM }, { "oleh", PREP_BY }, { "by", PREP_BY },
  { "untuk", PREP_FOR }, { "bagi", PREP_FOR }, { "for", PREP_FOR }, { "demi", PREP_FOR },
  { "of", PREP_OF }, { "pada", PREP_TIME }, { "sejak", PREP_TIME }, { "selama", PREP_TIME },
  { "during", PREP_TIME }, { "since", PREP_TIME }, { "hingga", PREP_TIME }, { "until", PREP_TIME },
  { "dalam", PREP_OTHER }, { "tentang", PREP_OTHER }, { "mengenai", PREP_OTHER },
  { "sebagai", PREP_OTHER }, { "about", PREP_OTHER }, { "as", PREP_OTHER }, { "antara", PREP_OTHER },
  { "among", PREP_OTHER }, { "between", PREP_OTHER }, { "seperti", PREP_OTHER },
  { "like", PREP_OTHER }, { "via", PREP_OTHER }, { "melalui", PREP_OTHER }, { "through", PREP_OTHER },
  { "soal", PREP_OTHER }, { "menghadapi", PREP_OTHER },
  { "setelah", PREP_CLAUSE }, { "after", PREP_CLAUSE }, { "sebelum", PREP_CLAUSE }, { "before", PREP_CLAUSE },
  { "saat", PREP_CLAUSE }, { "ketika", PREP_CLAUSE }, { "when", PREP_CLAUSE }, { "while", PREP_CLAUSE },
  { "sementara", PREP_CLAUSE }, { "karena", PREP_CLAUSE }, { "because", PREP_CLAUSE },
  { "sehingga", PREP_CLAUSE }, { "meski", PREP_CLAUSE }, { "meskipun", PREP_CLAUSE },
  { "although", PREP_CLAUSE }, { "though", PREP_CLAUSE }, { "whereas", PREP_CLAUSE },
  { "jika", PREP_CLAUSE }, { "if", PREP_CLAUSE }, { "agar", PREP_CLAUSE }, { "supaya", PREP_CLAUSE },
  { "padahal", PREP_CLAUSE }, { "namun", PREP_CLAUSE }, { "tetapi", PREP_CLAUSE },
  { "but", PREP_CLAUSE }, { "yet", PREP_CLAUSE },
};

static const char *conjunctions[] = { "dan", "serta", "and", "&", "maupun" };

/* "mengirim sekitar 11.000 pasukan": the verb and its cargo apart. */
static const char *send_verbs[] = {
  "mengirim", "mengirimkan", "mengerahkan", "menempatkan", "memasok", "memberikan", "memberi",
  "menyalurkan", "menyerahkan", "send", "sent", "sends", "sending", "deployed", "deploy", "deploys",
  "deploying", "supplied", "supply", "supplies", "supplying", "delivered", "provided", "gave",
  "provide", "provides", "providing", "menyediakan",
};
static const struct { const char *phrase; const char *type; } cargo[] = {
  { "pasukan", "military-cooperation" }, { "tentara", "military-cooperation" },
  { "prajurit", "military-cooperation" }, { "personel militer", "military-cooperation" },
  { "troops", "military-cooperation" }, { "soldiers", "military-cooperation" },
  { "senjata", "supply-weapons" }, { "rudal", "supply-weapons" }, { "roket", "supply-weapons" },
  { "amunisi", "supply-weapons" }, { "peluru", "supply-weapons" }, { "drone", "supply-weapons" },
  { "pasokan militer", "supply-weapons" }, { "weapons", "supply-weapons" }, { "arms", "supply-weapons" },
  { "missiles", "supply-weapons" }, { "ammunition", "supply-weapons" }, { "shells", "supply-weapons" },
  { "rockets", "supply-weapons" }, { "drones", "supply-weapons" }, { "military aid", "supply-weapons" },
  { "bantuan militer", "supply-weapons" }, { "bantuan", "aid" }, { "bantuan kemanusiaan", "aid" },
  { "aid", "aid" }, { "humanitarian aid", "aid" }, { "assistance", "aid" }, { "logistik", "aid" },
};

/* A capitalised run that starts with these names an occasion, not an actor. */
static const char *not_entity_heads[] = {
  "hari", "perang", "perjanjian", "operasi", "pemilu", "pemilihan", "festival", "piala", "liga",
  "olimpiade", "tahun", "abad", "era", "zaman", "pekan", "bulan", "konferensi", "kongres",
  "undang-undang", "pasal", "day", "war", "treaty", "operation", "election", "cup", "league",
  "olympics", "games", "conference", "act", "summit", "declaration", "deklarasi", "resolusi",
  "resolution", "program", "programme", "proyek", "project", "rencana", "plan", "jalan", "street",
  "uu", "ruu", "rancangan undang-undang", "peraturan", "perppu", "keppres", "bill",
  /* a drill's name: "Exercise Super Garuda Shield", "Latihan Bersama Garuda Shield" */
  "exercise", "latihan",
  /* a storm's: "Hurricane Fiona", "Topan Haiyan" */
  "hurricane", "typhoon", "cyclone", "tropical storm", "storm", "topan", "badai", "siklon",
};

/* After these, "untuk" or "to" and a cue is wanted, not done. */
static const char *intents[] = {
  "meminta", "menyerukan", "mendesak", "mengimbau", "memohon", "menuntut", "setuju", "sepakat",
  "menyetujui", "berjanji", "bersedia", "siap", "berencana", "rencana", "keputusan", "memutuskan",
  "ingin", "berniat", "berupaya", "berusaha", "mencoba", "dijadwalkan", "diharapkan", "akan",
  "asked", "urged", "called", "agreed", "agree", "pledged", "promised", "vowed", "plans",
  "planned", "plan", "decided", "decision", "wants", "wanted", "intends", "expected", "ready",
  "willing", "sought", "seeks", "tried", "trying", "hopes", "hoped", "set", "due", "will",
};
static const char *relatives[] = { "yang", "who", "which", "whose", "whom", "bahwa", "that" };
static const char *auxiliaries[] = {
  "telah", "sudah", "juga", "pun", "akan", "sedang", "masih", "pernah", "baru", "segera",
  "terus", "kembali", "lagi", "hanya", "bahkan", "secara", "resmi", "disebut", "dilaporkan",
  "tidak", "belum", "tak", "sempat", "langsung", "sendiri", "has", "have", "had", "also",
  "will", "would", "already", "again", "reportedly", "recently", "previously", "then",
  "officially", "publicly", "personally", "once", "is", "was", "were", "are", "been", "did",
  "does", "do", "not", "never", "first", "pertama", "kali", "pertama kali", "for the first time",
  /* "sudah berulang kali mendesak", "berkali-kali menolak": between subject and verb */
  "berulang", "berkali", "berkali-kali", "repeatedly", "kemudian", "later",
};
static const char *negations[] = { "tidak", "tak", "bukan", "belum", "not", "never", "no", "didn't", "did not" };
static const char *futures[] = {
  "akan", "hendak", "berencana", "dijadwalkan", "bakal", "will", "plans to", "plan to",
  "is expected to", "are expected to", "to", "untuk", "ingin", "would",
};
static const char *claims[] = {
  "percaya", "meyakini", "yakin", "diduga", "dilaporkan", "disebut-sebut", "diklaim",
  "kabarnya", "konon", "reportedly", "allegedly", "believe", "believed", "believes",
  "alleged", "claimed", "claims", "suspected",
};

static const struct { const char *phrase; guint32 value; } relays[] = {
  { "dilansir", RELAY_CITED }, { "dilansir dari", RELAY_CITED }, { "melansir", RELAY_CITED },
  { "melansir dari", RELAY_CITED }, { "dikutip", RELAY_CITED }, { "dikutip dari", RELAY_CITED },
  { "mengutip", RELAY_CITED }, { "mengutip dari", RELAY_CITED }, { "citing", RELAY_CITED },
  { "menurut laporan", RELAY_REPORTED }, { "seperti dilaporkan", RELAY_REPORTED },
  { "sebagaimana dilaporkan", RELAY_REPORTED }, { "dilaporkan", RELAY_REPORTED },
  { "as reported by", RELAY_REPORTED }, { "reported by", RELAY_REPORTED },
  { "menurut", RELAY_REPORTED }, { "according to", RELAY_REPORTED },
  { "seperti dikutip", RELAY_QUOTED }, { "sebagaimana dikutip", RELAY_QUOTED },
  { "quoted by", RELAY_QUOTED }, { "as quoted by", RELAY_QUOTED },
  { "dipublikasikan", RELAY_PUBLISHED }, { "diterbitkan", RELAY_PUBLISHED },
  { "published by", RELAY_PUBLISHED }, { "sumber", RELAY_SOURCE_LINE },
};

static const struct { const char *phrase; guint32 value; } furniture[] = {
  { "baca juga", FURN_DROP }, { "baca pula", FURN_DROP }, { "lihat juga", FURN_DROP },
  { "simak juga", FURN_DROP }, { "tonton juga", FURN_DROP }, { "baca selengkapnya", FURN_DROP },
  { "read also", FURN_DROP }, { "also read", FURN_DROP }, { "read more", FURN_DROP },
  { "see also", FURN_DROP }, { "halaman selanjutnya", FURN_DROP }, { "halaman berikutnya", FURN_DROP },
  { "scroll to continue", FURN_DROP }, { "scroll untuk melanjutkan", FURN_DROP },
  { "note : the text", FURN_DROP }, { "advertisement", FURN_DROP_SHORT },
  { "iklan", FURN_DROP_SHORT }, { "share", FURN_DROP_SHORT }, { "bagikan", FURN_DROP_SHORT },
  { "tags", FURN_DROP_SHORT }, { "tag", FURN_DROP_SHORT }, { "topik", FURN_DROP_SHORT },
  { "topics", FURN_DROP_SHORT }, { "ikuti", FURN_DROP_SHORT }, { "follow us", FURN_DROP_SHORT },
  { "copyright", FURN_DROP_SHORT }, { "©", FURN_DROP_SHORT }, { "hak cipta", FURN_DROP_SHORT },
  { "loading", FURN_DROP_SHORT }, { "subscribe", FURN_DROP_SHORT }, { "berlangganan", FURN_DROP_SHORT },
  { "login", FURN_DROP_SHORT }, { "log in", FURN_DROP_SHORT }, { "sign in", FURN_DROP_SHORT },
  { "sign up", FURN_DROP_SHORT }, { "download", FURN_DROP_SHORT }, { "unduh", FURN_DROP_SHORT },
  { "klik di sini", FURN_DROP_SHORT }, { "click here", FURN_DROP_SHORT },
  { "dapatkan update", FURN_DROP_SHORT }, { "dapatkan berita", FURN_DROP_SHORT },
  { "selanjutnya", FURN_DROP_SHORT }, { "previous", FURN_DROP_SHORT }, { "next", FURN_DROP_SHORT },
  { "membaca", FURN_DROP_UPPER }, { "baca", FURN_DROP_UPPER }, { "lihat", FURN_DROP_UPPER },
  { "simak", FURN_DROP_UPPER }, { "tonton", FURN_DROP_UPPER }, { "read", FURN_DROP_UPPER },
  { "watch", FURN_DROP_UPPER }, { "related", FURN_DROP_UPPER }, { "video", FURN_DROP_UPPER },
  { "artikel terkait", FURN_TAIL }, { "berita terkait", FURN_TAIL }, { "berita lainnya", FURN_TAIL },
  { "artikel lainnya", FURN_TAIL }, { "baca berita lainnya", FURN_TAIL }, { "rekomendasi", FURN_TAIL },
  { "related articles", FURN_TAIL }, { "related stories", FURN_TAIL }, { "related news", FURN_TAIL },
  { "related", FURN_TAIL }, { "more stories", FURN_TAIL }, { "more from", FURN_TAIL },
  { "most read", FURN_TAIL }, { "terpopuler", FURN_TAIL }, { "berita terkini", FURN_TAIL },
  { "komentar", FURN_TAIL }, { "comments", FURN_TAIL }, { "terkini", FURN_TAIL },
  { "sumber :", FURN_CREDIT }, { "foto :", FURN_CREDIT }, { "photo :", FURN_CREDIT },
  { "credit :", FURN_CREDIT }, { "image :", FURN_CREDIT }, { "gambar :", FURN_CREDIT },
  { "ilustrasi :", FURN_CREDIT }, { "( foto :", FURN_CREDIT }, { "(foto :", FURN_CREDIT },
  { "editor :", FURN_SIGNOFF }, { "reporter :", FURN_SIGNOFF }, { "penulis :", FURN_SIGNOFF },
  { "pewarta :", FURN_SIGNOFF }, { "redaktur :", FURN_SIGNOFF }, { "editor", FURN_SIGNOFF },
  { "editing by", FURN_SIGNOFF }, { "reporting by", FURN_SIGNOFF }, { "writing by", FURN_SIGNOFF },
  { "oleh :", FURN_SIGNOFF }, { "published", FURN_DATE_LABEL }, { "diterbitkan", FURN_DATE_LABEL },
  { "diperbarui", FURN_DATE_LABEL }, { "updated", FURN_DATE_LABEL }, { "posted", FURN_DATE_LABEL },
  { "dipublikasikan", FURN_DATE_LABEL }, { "tanggal", FURN_DATE_LABEL }, { "date", FURN_DATE_LABEL },
  { "last updated", FURN_DATE_LABEL }, { "wib", FURN_ZONE }, { "wita", FURN_ZONE }, { "wit", FURN_ZONE },
  { "gmt", FURN_ZONE }, { "utc", FURN_ZONE }, { "am", FURN_ZONE }, { "pm", FURN_ZONE },
  { "a.m", FURN_ZONE }, { "p.m", FURN_ZONE }, { "et", FURN_ZONE }, { "edt", FURN_ZONE },
  { "est", FURN_ZONE }, { "kst", FURN_ZONE }, { "bst", FURN_ZONE }, { "pukul", FURN_ZONE },
  { "jam", FURN_ZONE },
  /* a page's own navigation copied before the headline: VOA's skip
   * links, a language picker, a category label */
  { "tautan-tautan akses", FURN_DROP }, { "tautan akses", FURN_DROP }, { "accessibility links", FURN_DROP },
  { "skip to main content", FURN_DROP }, { "bahasa", FURN_DROP_SHORT }, { "language", FURN_DROP_SHORT },
  { "categories :", FURN_DROP_SHORT }, { "category :", FURN_DROP_SHORT }, { "kategori :", FURN_DROP_SHORT },
  /* a press release's label */
  { "untuk diterbitkan segera", FURN_DROP_SHORT }, { "for immediate release", FURN_DROP_SHORT },
};

/* Common function words, counted to tell the two languages apart. */
static const char *indonesian_words[] = {
  "yang", "dan", "di", "ke", "dari", "dengan", "untuk", "pada", "ini", "itu", "tidak",
  "akan", "dalam", "adalah", "telah", "juga", "kepada", "bahwa", "oleh", "karena",
};
static const char *english_words[] = {
  "the", "and", "of", "to", "in", "is", "was", "that", "for", "on", "with", "said",
  "has", "have", "by", "from", "were", "are", "would", "will",
};

/* Capitalised at the start of a sentence, never a name by themselves. */
static const char *not_names[] = {
  /* a noun cue opening a sentence: "Kunjungan Presiden X ke Y" names X */
  "kunjungan", "lawatan", "pertemuan", "pembicaraan", "perundingan", "visit", "meeting", "talks",
  "sebelumnya", "kemudian", "padahal", "namun", "tetapi", "sementara", "selain", "sejak",
  "saat", "ketika", "setelah", "sebelum", "dalam", "pada", "di", "ke", "dari", "menurut",
  "meski", "meskipun", "walaupun", "jika", "bila", "apabila", "karena", "sehingga", "agar",
  "untuk", "bagi", "dengan", "tanpa", "selama", "hingga", "sampai", "ini", "itu", "hal",
  "adapun", "sedangkan", "bahkan", "lebih", "sekitar", "para", "kami", "kita", "saya", "anda",
  "mereka", "ia", "dia", "beliau", "presiden", "menteri", "pemimpin", "pemerintah", "kepala",
  "negara", "rakyat", "pasukan", "tentara", "perang", "pesan", "dukungan", "sikap", "pejabat",
  "the", "a", "an", "but", "and", "however", "meanwhile", "in", "on", "at", "after", "before",
  "when", "while", "since", "during", "for", "with", "without", "as", "according", "this",
  "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
  "their", "our", "there", "here", "also", "earlier", "later", "last", "next", "asked",
  "president", "minister", "leader", "officials", "government", "state", "foto", "sumber",
  "editor", "baca", "video", "berita", "artikel", "halaman", "news", "photo", "reporter",
  "kamis", "jumat", "sabtu", "minggu", "senin", "selasa", "rabu", "monday", "tuesday",
  "wednesday", "thursday", "friday", "saturday", "sunday", "pekan", "bulan", "tahun", "hari",
  "wib", "pukul", "jl", "jalan", "kabupaten", "provinsi", "kota", "desa", "kecamatan",
  "korea", "uni", "republik", "kerajaan", "republic", "united", "north", "south",
  "east", "west", "new", "pusat", "raya",
  "dunia", "internasional", "nasional", "international", "national", "world", "global",
  "mr", "mrs", "ms", "dr", "sir", "tuan", "bapak", "ibu", "pak", "bu", "saudara",
};

/* Content verbs that stop a search for a subject across them. */
static const char *verbs[] = {
  "adalah", "merupakan", "menjadi", "memiliki", "mempunyai", "membuat", "melakukan",
  "mencapai", "menghadapi", "meminta", "memasok", "menghancurkan", "membangun", "memenuhi",
  "mempertahankan", "melindungi", "membantu", "mengalami", "menggunakan", "mendapatkan",
  "mengatasi", "mewujudkan", "meraih", "menambah", "menandai", "memulai", "memperpanjang",
  "menciptakan", "mempersiapkan", "berusaha", "berperang", "berada", "terjadi", "dimulai",
  "is", "was", "were", "are", "became", "become", "has", "have", "had", "made", "make",
  "asked", "sought", "tried", "helped", "faced", "fought", "began", "started", "used",
};

static void
add_word (PhraseTable *table,
          const char  *phrase,
          LexKind      kind,
          guint32      value)
{
  Payload p = { kind, 0, value };

  _phrase_table_add (table, phrase, &p);
}

#define ADD_LIST(list, kind) \
  for (guint i = 0; i < G_N_ELEMENTS (list); i++) \
    add_word (table, list[i], kind, 0)

#define ADD_VALUES(list, kind) \
  for (guint i = 0; i < G_N_ELEMENTS (list); i++) \
    add_word (table, list[i].phrase, kind, list[i].value)

/**
 * _tautan_lexicon_add_all:
 * @table: a trie being built
 *
 * Adds every cue phrase of both languages to @table.
 */
void
_tautan_lexicon_add_all (PhraseTable *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (speech); i++)
    add_word (table, speech[i].phrase, speech[i].kind, speech[i].value);
  for (guint i = 0; i < _tautan_n_event_cues; i++)
    add_word (table, _tautan_event_cues[i].phrase, LEX_EVENT, i);
  ADD_LIST (light_verbs, LEX_LIGHT_VERB);
  ADD_VALUES (date_words, LEX_DATE_WORD);
  ADD_VALUES (number_words, LEX_NUMBER_WORD);
  for (guint m = 0; m < 12; m++)
    for (guint k = 0; months[m][k] != NULL; k++)
      add_word (table, months[m][k], LEX_MONTH, m + 1);
  for (guint d = 0; d < 7; d++)
    for (guint k = 0; weekdays[d][k] != NULL; k++)
      add_word (table, weekdays[d][k], LEX_WEEKDAY, d + 1);
  ADD_LIST (titles, LEX_TITLE);
  ADD_LIST (org_heads, LEX_ORG_HEAD);
  ADD_LIST (anon, LEX_ANON);
  ADD_LIST (pronouns, LEX_PRONOUN);
  ADD_LIST (demonstratives, LEX_DEMONSTRATIVE);
  ADD_VALUES (preps, LEX_PREP);
  ADD_LIST (conjunctions, LEX_CONJ);
  ADD_LIST (relatives, LEX_REL);
  ADD_LIST (auxiliaries, LEX_AUX);
  ADD_LIST (negations, LEX_NEGATION);
  ADD_LIST (futures, LEX_FUTURE);
  ADD_LIST (claims, LEX_CLAIM);
  ADD_VALUES (relays, LEX_RELAY);
  ADD_VALUES (furniture, LEX_FURNITURE);
  for (guint i = 0; i < G_N_ELEMENTS (indonesian_words); i++)
    add_word (table, indonesian_words[i], LEX_LANG, 0);
  for (guint i = 0; i < G_N_ELEMENTS (english_words); i++)
    add_word (table, english_words[i], LEX_LANG, 1);
  ADD_LIST (not_names, LEX_NOT_NAME);
  ADD_LIST (verbs, LEX_VERB);
  ADD_LIST (send_verbs, LEX_SEND);
  ADD_LIST (not_entity_heads, LEX_NOT_ENTITY);
  ADD_LIST (intents, LEX_INTENT);
  for (guint i = 0; i < G_N_ELEMENTS (stances); i++)
    for (guint k = 0; k < _tautan_n_event_cues; k++)
      if (g_str_equal (_tautan_event_cues[k].type, stances[i].type))
        {
          Payload p = { LEX_STANCE, stances[i].flags, k };

          _phrase_table_add (table, stances[i].phrase, &p);
          break;
        }
  ADD_VALUES (descriptions, LEX_DESCRIPTION);
  ADD_VALUES (group_nouns, LEX_GROUP_NOUN);
  for (guint i = 0; i < G_N_ELEMENTS (cargo); i++)
    for (guint k = 0; k < _tautan_n_event_cues; k++)
      if (g_str_equal (_tautan_event_cues[k].type, cargo[i].type))
        {
          add_word (table, cargo[i].phrase, LEX_CARGO, k);
          break;
        }
}
