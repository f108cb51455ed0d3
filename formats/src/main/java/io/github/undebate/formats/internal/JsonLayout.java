package io.github.undebate.formats.internal;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where {@link JsonReading} puts each key of a table's objects as it reads them, and what the key
 * holds: a slot per field (for a union, slot 0 for its variant key, then every variant's fields).
 */
final class JsonLayout {
  /** Each table's layout, made on first use. */
  private static final Map<Table<?>, JsonLayout> LAYOUTS = new ConcurrentHashMap<>();

  /** The layout of the table's objects. */
  static JsonLayout of(Table<?> table) {
    JsonLayout layout = LAYOUTS.get(table);
    return layout != null ? layout : LAYOUTS.computeIfAbsent(table, JsonLayout::new);
  }

  final Map<String, Integer> slots = new HashMap<>();
  final Field<?>[] fields;

  /**
   * The key last found at each slot, as the parser gave it: a parser gives one instance for a key
   * it has seen before, so comparing instances finds most keys without hashing them. Shared by
   * threads, harmlessly: a stale entry only misses.
   */
  private final String[] seen;

  /** For the table and each variant of a union: the slot of each of its fields, in order. */
  final Map<Table<?>, int[]> fieldSlots = new IdentityHashMap<>();

  /** The table's own fields' slots. */
  final int[] own;

  /** The layouts of the objects under each slot, found on first use (racy but harmless). */
  private final JsonLayout[] children;

  private JsonLayout(Table<?> table) {
    Map<String, Field<?>> keys = table.keys();
    int offset = table.isUnion() ? 1 : 0;
    fields = new Field<?>[keys.size() + offset];
    if (table.isUnion()) {
      slots.put(Table.VARIANT_KEY, 0);
    }
    for (Field<?> f : keys.values()) {
      slots.put(f.name, offset);
      fields[offset++] = f;
    }
    seen = new String[fields.length];
    children = new JsonLayout[fields.length];
    own = slotsOf(table);
    fieldSlots.put(table, own);
    for (Table<?> v : table.variants) {
      fieldSlots.put(v, slotsOf(v));
    }
  }

  /** The slot of the key, or -1 for a key the table does not know. */
  int slot(String key) {
    String[] last = seen;
    for (int i = 0; i < last.length; i++) {
      if (last[i] == key) {
        return i;
      }
    }
    Integer slot = slots.get(key);
    if (slot == null) {
      return -1;
    }
    last[slot] = key;
    return slot;
  }

  /** The layout of the objects of the field at {@code slot}. */
  JsonLayout child(int slot) {
    JsonLayout child = children[slot];
    if (child == null) {
      child = of(fields[slot].table);
      children[slot] = child;
    }
    return child;
  }

  private int[] slotsOf(Table<?> t) {
    int[] out = new int[t.fields.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = slots.get(t.fields.get(i).name);
    }
    return out;
  }
}
