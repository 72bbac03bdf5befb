/* event-types.json.h
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The labels of event-types.json, marked for xgettext, which cannot read
 * JSON. Never compiled: po/POTFILES lists it so the labels reach the
 * translators. tests/test-potfiles.c fails when this file and the JSON
 * disagree. Code shows a label with
 * g_dpgettext2 (GETTEXT_PACKAGE, "event class" or "event type", label).
 */

static const char *event_class_labels[] = {
  /* Translators: an event class, the CAMEO "quad class" (cooperation or
     conflict, in words or in deeds); shown in the legend and filters. */
  NC_("event class", "Verbal cooperation"),
  NC_("event class", "Material cooperation"),
  NC_("event class", "Verbal conflict"),
  NC_("event class", "Material conflict"),
};

static const char *event_type_labels[] = {
  /* Translators: an event type: what one actor did to or about another,
     as reported in the news. A short noun or verb phrase. */
  NC_("event type", "Statement"),
  NC_("event type", "Support or praise"),
  NC_("event type", "Congratulate"),
  NC_("event type", "Meet, visit or host"),
  NC_("event type", "Appeal or request"),
  NC_("event type", "Promise or pledge"),
  NC_("event type", "Sign agreement"),
  NC_("event type", "Military cooperation or troop deployment"),
  NC_("event type", "Supply weapons"),
  NC_("event type", "Aid"),
  NC_("event type", "Vote"),
  NC_("event type", "Accuse"),
  NC_("event type", "Deny"),
  NC_("event type", "Criticise or condemn"),
  NC_("event type", "Reject or vote against"),
  NC_("event type", "Threaten"),
  NC_("event type", "Sanction"),
  NC_("event type", "Attack"),
};
