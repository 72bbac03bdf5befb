/* tautan-entity-chooser.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-entity-chooser"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tautan/tautan-count.h"
#include "tautan/tautan-entity-chooser.h"
#include "tautan/tautan-search-index.h"

/* Choosing an actor where a drop-down of every one was: a button that
 * names the actor chosen, and a popover with a search entry over the
 * dataset's shared search index (tautan_search_index_get_shared()), so
 * "putin" finds Vladimir Putin by a later word or an alias, best match
 * first, among 100,000 actors as fast as among 29. GtkDropDown's own
 * search (GTK 4.8) matched the start of the row's text only, folded
 * every row on each keystroke and listed a GtkStringList of every actor,
 * built each time a form opened.
 *
 * Keyboard: a letter typed on the focused button opens the list with
 * it; in the entry, ↑ and ↓ move through the list, Enter chooses, Esc
 * closes. Before anything is typed the list holds every actor by name
 * in a small dataset, the busiest in a big one.
 *
 * Choices that are not the dataset's ("extras": an article's own
 * entities, in the review of an import) come first, found by typing
 * too; one chosen leaves the entity TAUTAN_NONE and sets "extra". */

#define MAX_SHOWN 50
#define MAX_UNSEARCHED 100

typedef struct
{
  guint entity;   /* TAUTAN_NONE: the none row, or an extra */
  int   extra;    /* -1: not an extra */
} Row;

typedef struct
{
  char *name;
  char *caption;
  char *folded;   /* the name as search folds it */
} Extra;

struct _TautanEntityChooser
{
  GtkWidget       parent_instance;

  GtkMenuButton  *button;
  GtkLabel       *label;
  GtkPopover     *popover;
  GtkSearchEntry *search_entry;
  GtkListBox     *list;
  GtkLabel       *status;

  TautanDataset  *dataset;
  GArray         *shown;        /* Row per row */
  GPtrArray      *extras;       /* Extra */
  char           *none_label;
  guint           entity;
  int             extra;        /* -1: none chosen */
  guint           skip;

  guint           none_choosable : 1;
};

G_DEFINE_FINAL_TYPE (TautanEntityChooser, tautan_entity_chooser, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_ENTITY,
  PROP_EXTRA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
extra_free (gpointer data)
{
  Extra *extra = data;

  g_free (extra->name);
  g_free (extra->caption);
  g_free (extra->folded);
  g_free (extra);
}

static void
update_label (TautanEntityChooser *self)
{
  TautanEntity e;

  /* Without a tooltip of its own, the button shows the chooser's (what
   * it filters, say); with an actor, its whole name, which may be cut. */
  if (self->extra >= 0)
    {
      const Extra *extra = g_ptr_array_index (self->extras, self->extra);

      gtk_label_set_text (self->label, extra->name);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), extra->name);
      return;
    }
  if (self->dataset == NULL || self->entity == TAUTAN_NONE)
    {
      gtk_label_set_text (self->label, self->none_label ? self->none_label : "");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), NULL);
      return;
    }
  tautan_dataset_get_entity (self->dataset, self->entity, &e);
  gtk_label_set_text (self->label, e.name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), e.name);
}

static gboolean
name_holds (const char *name,
            const char *folded)
{
  g_autofree char *key = NULL;

  if (folded == NULL)
    return FALSE;
  key = tautan_search_fold (name);
  return strstr (key, folded) != NULL;
}

static GtkWidget *
caption_label (const char *text)
{
  GtkWidget *caption = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_ellipsize (GTK_LABEL (caption), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  return caption;
}

/* @folded: what was typed, as search folds it, or NULL. */
static void
add_row (TautanEntityChooser *self,
         guint                entity,
         int                  extra,
         guint                key,
         const char          *folded)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name;
  Row shown = { entity, extra };

  if (extra >= 0)
    {
      const Extra *e = g_ptr_array_index (self->extras, extra);

      name = gtk_label_new (e->name);
      gtk_box_append (GTK_BOX (box), name);
      if (e->caption != NULL)
        gtk_box_append (GTK_BOX (box), caption_label (e->caption));
    }
  else if (entity == TAUTAN_NONE)
    name = gtk_label_new (self->none_label);
  else
    {
      g_autofree char *detail = NULL;
      TautanEntity e;

      tautan_dataset_get_entity (self->dataset, entity, &e);
      name = gtk_label_new (e.name);
      /* Found by an alias the name does not show: say which, or the row
       * seems not to match. */
      if (key > 0 && key <= e.n_aliases && !name_holds (e.name, folded))
        /* TRANSLATORS: an actor's kind, then the alias the search matched */
        detail = g_strdup_printf (_("%s · also “%s”"), tautan_entity_kind_label (e.kind),
                                  tautan_dataset_get_string (self->dataset, e.aliases[key - 1]));
      else
        detail = g_strdup (tautan_entity_kind_label (e.kind));
      gtk_box_append (GTK_BOX (box), name);
      gtk_box_append (GTK_BOX (box), caption_label (detail));
    }
  if (gtk_widget_get_parent (name) == NULL)
    gtk_box_append (GTK_BOX (box), name);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_append (self->list, row);
  g_array_append_val (self->shown, shown);
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  TautanEntity x, y;

  tautan_dataset_get_entity (data, *(const guint *)a, &x);
  tautan_dataset_get_entity (data, *(const guint *)b, &y);
  return g_utf8_collate (x.name, y.name);
}

static int
compare_busier (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  guint x = *(const guint *)a, y = *(const guint *)b;
  guint nx = tautan_dataset_get_entity_n_events (data, x);
  guint ny = tautan_dataset_get_entity_n_events (data, y);

  if (nx != ny)
    return nx > ny ? -1 : 1;
  return x < y ? -1 : x > y;
}

/* Nothing typed: every actor by name, or in a big dataset the busiest
 * (kept with one pass, not a sort of 100,000). */
static void
fill_unsearched (TautanEntityChooser *self)
{
  guint n = tautan_dataset_get_n_entities (self->dataset);
  g_autoptr(GArray) entities = g_array_new (FALSE, FALSE, sizeof (guint));

  if (n <= MAX_UNSEARCHED + 1)
    {
      for (guint i = 0; i < n; i++)
        if (i != self->skip)
          g_array_append_val (entities, i);
      g_array_sort_with_data (entities, compare_names, self->dataset);
    }
  else
    {
      for (guint i = 0; i < n; i++)
        {
          guint at;

          if (i == self->skip)
            continue;
          if (entities->len == MAX_UNSEARCHED &&
              compare_busier (&i, &g_array_index (entities, guint, MAX_UNSEARCHED - 1), self->dataset) > 0)
            continue;
          /* Insertion into the short sorted list. */
          for (at = entities->len; at > 0; at--)
            if (compare_busier (&g_array_index (entities, guint, at - 1), &i, self->dataset) < 0)
              break;
          g_array_insert_val (entities, at, i);
          if (entities->len > MAX_UNSEARCHED)
            g_array_set_size (entities, MAX_UNSEARCHED);
        }
      {
        g_autofree char *text = g_strdup_printf (g_dngettext (NULL, "The busiest of %s actor: type to find any "
                                                              "by name or alias",
                                                              "The busiest of %s actors: type to find any "
                                                              "by name or alias", n),
                                                 tautan_count_format (n));

        gtk_label_set_text (self->status, text);
      }
    }
  for (guint i = 0; i < entities->len; i++)
    add_row (self, g_array_index (entities, guint, i), -1, 0, NULL);
}

static void
fill_searched (TautanEntityChooser *self,
               const char          *text,
               const char          *folded)
{
  g_autoptr(GArray) hits = NULL;
  guint n = 0, n_other = 0;

  /* The extras whose name holds the text, first: there are a few. */
  for (guint i = 0; i < self->extras->len; i++)
    {
      const Extra *extra = g_ptr_array_index (self->extras, i);

      if (strstr (extra->folded, folded) != NULL)
        {
          add_row (self, TAUTAN_NONE, (int)i, 0, folded);
          n++;
        }
    }
  if (self->dataset != NULL)
    /* One more than shown, and the one skipped, to tell there are more. */
    hits = tautan_search_index_query_busiest (tautan_search_index_get_shared (self->dataset), text, MAX_SHOWN + 2);
  for (guint i = 0; hits != NULL && i < hits->len; i++)
    {
      const TautanSearchHit *hit = &g_array_index (hits, TautanSearchHit, i);

      if (hit->entity == self->skip)
        continue;
      n_other++;
      if (n < MAX_SHOWN)
        {
          add_row (self, hit->entity, -1, hit->key, folded);
          n++;
        }
    }
  if (n == 0)
    {
      g_autofree char *message = g_strdup_printf (_("No actor’s name or alias contains “%s”"), text);

      gtk_label_set_text (self->status, message);
    }
  else if (n_other > MAX_SHOWN)
    gtk_label_set_text (self->status, _("The best matches: type more to narrow them"));
}

static void
fill (TautanEntityChooser *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = tautan_search_fold (text);
  GtkWidget *child;
  guint select = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_array_set_size (self->shown, 0);
  gtk_label_set_text (self->status, "");

  if (*folded == '\0')
    {
      if (self->none_choosable && self->none_label != NULL)
        add_row (self, TAUTAN_NONE, -1, 0, NULL);
      for (guint i = 0; i < self->extras->len; i++)
        add_row (self, TAUTAN_NONE, (int)i, 0, NULL);
      if (self->dataset != NULL)
        fill_unsearched (self);
    }
  else
    fill_searched (self, text, folded);

  gtk_widget_set_visible (GTK_WIDGET (self->status), *gtk_label_get_text (self->status) != '\0');
  /* The choice stays highlighted while nothing is typed. */
  for (guint i = 0; *folded == '\0' && i < self->shown->len; i++)
    {
      const Row *row = &g_array_index (self->shown, Row, i);

      if (row->entity == self->entity && row->extra == self->extra)
        select = i;
    }
  if (self->shown->len > 0)
    gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, (int)select));
}

static void
choose_row (TautanEntityChooser *self,
            GtkListBoxRow       *row)
{
  int index = row != NULL ? gtk_list_box_row_get_index (row) : -1;
  const Row *chosen;

  if (index < 0 || (guint)index >= self->shown->len)
    return;
  chosen = &g_array_index (self->shown, Row, index);
  if (chosen->extra >= 0)
    tautan_entity_chooser_set_extra (self, chosen->extra);
  else
    tautan_entity_chooser_set_entity (self, chosen->entity);
  gtk_popover_popdown (self->popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->button));
}

static void
row_activated_cb (TautanEntityChooser *self,
                  GtkListBoxRow       *row)
{
  choose_row (self, row);
}

static void
search_changed_cb (TautanEntityChooser *self)
{
  fill (self);
}

static void
search_activate_cb (TautanEntityChooser *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->list, 0);
  choose_row (self, row);
}

static void
search_stop_cb (TautanEntityChooser *self)
{
  gtk_popover_popdown (self->popover);
}

static void
move (TautanEntityChooser *self,
      int                  delta)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);
  int at = row != NULL ? gtk_list_box_row_get_index (row) : -1;

  if (self->shown->len == 0)
    return;
  at = CLAMP (at + delta, 0, (int)self->shown->len - 1);
  row = gtk_list_box_get_row_at_index (self->list, at);
  gtk_list_box_select_row (self->list, row);
  /* Scrolled to, without taking the focus from the entry. */
  {
    GtkAdjustment *adjustment = gtk_list_box_get_adjustment (self->list);
    graphene_rect_t bounds;

    if (adjustment != NULL &&
        gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->list), &bounds))
      gtk_adjustment_clamp_page (adjustment, bounds.origin.y, bounds.origin.y + bounds.size.height);
  }
}

/* ↑ and ↓ in the entry move through the list. */
static gboolean
entry_key_cb (TautanEntityChooser   *self,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              GtkEventControllerKey *controller)
{
  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move (self, 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move (self, -1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Page_Down:
      move (self, 10);
      return GDK_EVENT_STOP;
    case GDK_KEY_Page_Up:
      move (self, -10);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

/* A letter typed on the closed chooser opens it with that letter, as
 * typing in a drop-down's list would start a search. */
static gboolean
button_key_cb (TautanEntityChooser   *self,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               GtkEventControllerKey *controller)
{
  gunichar c = gdk_keyval_to_unicode (keyval);
  char text[8] = { 0 };

  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 ||
      c == 0 || g_unichar_iscntrl (c) || g_unichar_isspace (c))
    return GDK_EVENT_PROPAGATE;
  g_unichar_to_utf8 (c, text);
  tautan_entity_chooser_search (self, text);
  return GDK_EVENT_STOP;
}

/* The list lies inside the button: while it is open, a tooltip of the
 * button's or the chooser's would be shown over the list itself. */
static void
popover_show_cb (TautanEntityChooser *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->button), FALSE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), FALSE);
  fill (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
popover_closed_cb (TautanEntityChooser *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_set_has_tooltip (widget, gtk_widget_get_tooltip_text (widget) != NULL ||
                                      gtk_widget_get_tooltip_markup (widget) != NULL);
  update_label (self);
}

static gboolean
tautan_entity_chooser_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (TAUTAN_ENTITY_CHOOSER (widget)->button));
}

static void
tautan_entity_chooser_dispose (GObject *object)
{
  TautanEntityChooser *self = (TautanEntityChooser *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_ENTITY_CHOOSER);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (tautan_entity_chooser_parent_class)->dispose (object);
}

static void
tautan_entity_chooser_finalize (GObject *object)
{
  TautanEntityChooser *self = (TautanEntityChooser *)object;

  g_clear_pointer (&self->shown, g_array_unref);
  g_clear_pointer (&self->extras, g_ptr_array_unref);
  g_clear_pointer (&self->none_label, g_free);

  G_OBJECT_CLASS (tautan_entity_chooser_parent_class)->finalize (object);
}

static void
tautan_entity_chooser_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TautanEntityChooser *self = TAUTAN_ENTITY_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_ENTITY:
      g_value_set_uint (value, self->entity);
      break;

    case PROP_EXTRA:
      g_value_set_int (value, self->extra);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_entity_chooser_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TautanEntityChooser *self = TAUTAN_ENTITY_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      tautan_entity_chooser_set_dataset (self, g_value_get_object (value));
      break;

    case PROP_ENTITY:
      tautan_entity_chooser_set_entity (self, g_value_get_uint (value));
      break;

    case PROP_EXTRA:
      tautan_entity_chooser_set_extra (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_entity_chooser_class_init (TautanEntityChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_entity_chooser_dispose;
  object_class->finalize = tautan_entity_chooser_finalize;
  object_class->get_property = tautan_entity_chooser_get_property;
  object_class->set_property = tautan_entity_chooser_set_property;
  widget_class->grab_focus = tautan_entity_chooser_grab_focus;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, TAUTAN_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ENTITY] =
    g_param_spec_uint ("entity", NULL, NULL, 0, G_MAXUINT, TAUTAN_NONE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* The extra chosen (tautan_entity_chooser_add_extra ()), or -1. */
  properties[PROP_EXTRA] =
    g_param_spec_int ("extra", NULL, NULL, -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-entity-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanEntityChooser, button);
  gtk_widget_class_bind_template_child (widget_class, TautanEntityChooser, label);
  gtk_widget_class_bind_template_child (widget_class, TautanEntityChooser, popover);
  gtk_widget_class_bind_template_child (widget_class, TautanEntityChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TautanEntityChooser, list);
  gtk_widget_class_bind_template_child (widget_class, TautanEntityChooser, status);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, popover_closed_cb);
  gtk_widget_class_set_css_name (widget_class, "entitychooser");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_COMBO_BOX);
}

static void
tautan_entity_chooser_init (TautanEntityChooser *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* A chooser wider than its text reads as a drop-down: the name at the
   * start, the arrow at the end. GtkMenuButton centres the box it puts
   * the label and the arrow in. */
  gtk_widget_set_halign (gtk_widget_get_parent (GTK_WIDGET (self->label)), GTK_ALIGN_FILL);
  self->shown = g_array_new (FALSE, FALSE, sizeof (Row));
  self->extras = g_ptr_array_new_with_free_func (extra_free);
  self->entity = TAUTAN_NONE;
  self->extra = -1;
  self->skip = TAUTAN_NONE;

  /* Capture: the entry's text would take ↑ and ↓ first. */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (entry_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  keys = gtk_event_controller_key_new ();
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (button_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->button), keys);

  update_label (self);
}

GtkWidget *
tautan_entity_chooser_new (void)
{
  return g_object_new (TAUTAN_TYPE_ENTITY_CHOOSER, NULL);
}

TautanDataset *
tautan_entity_chooser_get_dataset (TautanEntityChooser *self)
{
  g_return_val_if_fail (TAUTAN_IS_ENTITY_CHOOSER (self), NULL);

  return self->dataset;
}

/**
 * tautan_entity_chooser_set_dataset:
 * @dataset: (nullable): whose entities are offered
 *
 * A new dataset chooses nothing.
 */
void
tautan_entity_chooser_set_dataset (TautanEntityChooser *self,
                                   TautanDataset       *dataset)
{
  g_return_if_fail (TAUTAN_IS_ENTITY_CHOOSER (self));
  g_return_if_fail (dataset == NULL || TAUTAN_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;
  self->entity = TAUTAN_NONE;
  update_label (self);
  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    fill (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY]);
}

guint
tautan_entity_chooser_get_entity (TautanEntityChooser *self)
{
  g_return_val_if_fail (TAUTAN_IS_ENTITY_CHOOSER (self), TAUTAN_NONE);

  return self->entity;
}

/**
 * tautan_entity_chooser_set_entity:
 * @entity: a dataset index, or %TAUTAN_NONE
 */
void
tautan_entity_chooser_set_entity (TautanEntityChooser *self,
                                  guint                entity)
{
  g_return_if_fail (TAUTAN_IS_ENTITY_CHOOSER (self));

  if (self->dataset == NULL || entity >= tautan_dataset_get_n_entities (self->dataset))
    entity = TAUTAN_NONE;
  if (entity == self->entity && self->extra < 0)
    return;
  /* Both told once both are set: a handler of either reads the choice whole. */
  g_object_freeze_notify (G_OBJECT (self));
  if (self->extra >= 0)
    {
      self->extra = -1;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXTRA]);
    }
  if (entity != self->entity)
    {
      self->entity = entity;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY]);
    }
  update_label (self);
  g_object_thaw_notify (G_OBJECT (self));
}

int
tautan_entity_chooser_get_extra (TautanEntityChooser *self)
{
  g_return_val_if_fail (TAUTAN_IS_ENTITY_CHOOSER (self), -1);

  return self->extra;
}

/**
 * tautan_entity_chooser_set_extra:
 * @extra: an index of tautan_entity_chooser_add_extra (), or -1
 *
 * Chooses the extra; the entity is then %TAUTAN_NONE. -1 leaves nothing
 * chosen.
 */
void
tautan_entity_chooser_set_extra (TautanEntityChooser *self,
                                 int                  extra)
{
  g_return_if_fail (TAUTAN_IS_ENTITY_CHOOSER (self));

  if (extra < 0 || (guint)extra >= self->extras->len)
    extra = -1;
  if (extra == self->extra && (extra < 0 || self->entity == TAUTAN_NONE))
    return;
  g_object_freeze_notify (G_OBJECT (self));
  if (self->entity != TAUTAN_NONE && extra >= 0)
    {
      self->entity = TAUTAN_NONE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY]);
    }
  if (extra != self->extra)
    {
      self->extra = extra;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXTRA]);
    }
  update_label (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * tautan_entity_chooser_add_extra:
 * @name: what the row and the button say
 * @caption: (nullable): under the name in the list ("In this article")
 *
 * Offers a choice that is not the dataset's, before its actors.
 *
 * Returns: its index, for "extra"
 */
int
tautan_entity_chooser_add_extra (TautanEntityChooser *self,
                                 const char          *name,
                                 const char          *caption)
{
  Extra *extra;

  g_return_val_if_fail (TAUTAN_IS_ENTITY_CHOOSER (self), -1);
  g_return_val_if_fail (name != NULL, -1);

  extra = g_new0 (Extra, 1);
  extra->name = g_strdup (name);
  extra->caption = g_strdup (caption);
  extra->folded = tautan_search_fold (name);
  g_ptr_array_add (self->extras, extra);
  return (int)self->extras->len - 1;
}

void
tautan_entity_chooser_set_none (TautanEntityChooser *self,
                                const char          *label,
                                gboolean             choosable)
{
  g_return_if_fail (TAUTAN_IS_ENTITY_CHOOSER (self));

  g_free (self->none_label);
  self->none_label = g_strdup (label);
  self->none_choosable = !!choosable;
  update_label (self);
}

void
tautan_entity_chooser_set_skip (TautanEntityChooser *self,
                                guint                entity)
{
  g_return_if_fail (TAUTAN_IS_ENTITY_CHOOSER (self));

  self->skip = entity;
}

void
tautan_entity_chooser_search (TautanEntityChooser *self,
                              const char          *text)
{
  g_return_if_fail (TAUTAN_IS_ENTITY_CHOOSER (self));

  if (!gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    gtk_menu_button_popup (self->button);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
  /* At once, not after the entry's typing delay. */
  fill (self);
}

GArray *
tautan_entity_chooser_dup_shown (TautanEntityChooser *self)
{
  GArray *entities;

  g_return_val_if_fail (TAUTAN_IS_ENTITY_CHOOSER (self), NULL);

  entities = g_array_sized_new (FALSE, FALSE, sizeof (guint), self->shown->len);
  for (guint i = 0; i < self->shown->len; i++)
    g_array_append_val (entities, g_array_index (self->shown, Row, i).entity);
  return entities;
}
