package com.streetgov.tenantconfig.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The preview of an import counts what it adds, changes and removes against the list in use. */
class ImportPreviewTest {

    record Item(String code, String name) {}

    static final List<Item> IN_USE = List.of(new Item("A", "甲"), new Item("B", "乙"), new Item("C", "丙"));

    @Test
    void an_import_adds_changes_and_removes_by_key() {
        List<Item> file = List.of(new Item("A", "甲"), new Item("B", "乙（改）"), new Item("D", "丁"));
        ImportPreview<Item> preview = ImportPreview.of(file, IN_USE, Item::code);
        assertEquals(file, preview.rows());
        assertEquals(List.of("D"), preview.added());
        assertEquals(List.of("B"), preview.changed());
        assertEquals(List.of("C"), preview.removed());
    }

    @Test
    void the_same_list_changes_nothing_and_an_empty_file_removes_everything() {
        ImportPreview<Item> same = ImportPreview.of(IN_USE, IN_USE, Item::code);
        assertEquals(List.of(), same.added());
        assertEquals(List.of(), same.changed());
        assertEquals(List.of(), same.removed());
        assertEquals(
                List.of("A", "B", "C"),
                ImportPreview.of(List.of(), IN_USE, Item::code).removed());
        assertEquals(
                List.of("A", "B", "C"),
                ImportPreview.of(IN_USE, List.of(), Item::code).added());
    }

    @Test
    void when_the_list_in_use_repeats_a_key_its_first_item_counts() {
        List<Item> repeated = List.of(new Item("A", "甲"), new Item("A", "甲（旧）"));
        ImportPreview<Item> preview = ImportPreview.of(List.of(new Item("A", "甲")), repeated, Item::code);
        assertEquals(List.of(), preview.changed());
        assertEquals(List.of(), preview.removed());
    }
}
