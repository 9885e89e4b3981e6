package io.github.propre.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * {@link KeyTable} against a {@link HashMap}: batches looked up with {@link KeyTable#probe} and
 * added with {@link KeyTable#addAt}, as near mode does, hold what plain adds hold.
 */
class KeyTableProperties {

  @Provide
  Arbitrary<List<List<Long>>> batches() {
    // few distinct keys, so that batches repeat keys within and across them; 0 is a key too (the
    // table files it under a stand-in, a 64-bit constant these keys never hit)
    Arbitrary<Long> keys = Arbitraries.oneOf(Arbitraries.longs().between(0, 40),
        Arbitraries.longs().between(0, 40).map(k -> k * 0xC2B2AE3D27D4EB4FL));
    return keys.list().ofMaxSize(60).list().ofMaxSize(30);
  }

  @Property
  void probedBatches_holdWhatPlainAddsHold(@ForAll("batches") List<List<Long>> batches,
      @ForAll @IntRange(min = 1, max = 70) int maxKeys, @ForAll boolean reserve,
      @ForAll @IntRange(min = 0, max = 32) int packedBits) {
    // packedBits 0: a key and a column of 64 bits each; else the column in the key's low bits,
    // and keys that differ only there are one key
    KeyTable table = packedBits == 0 ? new KeyTable(maxKeys, 6, false)
        : new KeyTable(maxKeys, 6, packedBits, 0);
    long keyBits = packedBits == 0 ? -1L : -1L << packedBits;
    long valueBits = ~keyBits == 0 ? -1L : ~keyBits;
    Map<Long, Long> model = new HashMap<>(); // key bits -> first column
    long refused = 0;
    long value = 0;
    for (List<Long> batch : batches) {
      if (reserve) {
        table.reserve(batch.size());
      }
      int growths = table.growths();
      int[] probed = new int[batch.size()];
      for (int i = 0; i < batch.size(); i++) {
        probed[i] = table.probe(batch.get(i));
        assertEquals(model.containsKey(batch.get(i) & keyBits), probed[i] >= 0,
            "probe " + batch.get(i));
        if (probed[i] >= 0) {
          assertEquals(model.get(batch.get(i) & keyBits), table.first(probed[i]));
        }
      }
      for (int i = 0; i < batch.size(); i++) {
        long key = batch.get(i);
        long bits = key & keyBits;
        if (probed[i] >= 0) {
          continue;
        }
        // without reserve() the table may grow mid-batch: then only add() is right
        int slot = table.growths() == growths ? table.addAt(key, probed[i]) : table.add(key);
        if (model.containsKey(bits)) {
          assertEquals(KeyTable.PRESENT, slot, "a repeat in the batch is present");
        } else if (model.size() >= maxKeys) {
          assertEquals(-1, slot, "a full table refuses");
          refused++;
        } else {
          assertTrue(slot >= 0, "added");
          value = (value + 1) & valueBits;
          table.first(slot, value);
          model.put(bits, value);
        }
      }
      if (reserve) {
        assertEquals(growths, table.growths(), "reserve() made the room beforehand");
      }
    }
    assertEquals(model.size(), table.size());
    assertEquals(refused, table.refused());
    if (packedBits > 0 && packedBits < 32 && table.size() > 0) {
      int slot = table.find(model.keySet().iterator().next());
      assertThrows(IllegalArgumentException.class, () -> table.first(slot, valueBits + 1),
          "a column value that would spill into the key");
    }
    for (Map.Entry<Long, Long> e : model.entrySet()) {
      int slot = table.find(e.getKey());
      assertTrue(slot >= 0, "kept " + e.getKey());
      assertEquals(e.getValue(), table.first(slot));
    }
  }

  @Property
  void aKeyIsFoundAtTheSlotAddAtGaveIt(@ForAll @Size(max = 200) List<Long> keys) {
    KeyTable table = new KeyTable(1000, 6, true);
    table.reserve(keys.size());
    for (long key : keys) {
      int probed = table.probe(key);
      if (probed < 0) {
        int slot = table.addAt(key, probed);
        assertEquals(-1 - probed, slot, "the slot the probe ended on");
        assertEquals(slot, table.find(key));
      }
    }
  }
}
