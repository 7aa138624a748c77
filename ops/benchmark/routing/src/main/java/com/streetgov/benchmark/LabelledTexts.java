package com.streetgov.benchmark;

import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.dispatch.domain.DispatchTarget;
import com.streetgov.dispatch.domain.DispatchType;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.matter.domain.LabelledText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Labelled texts as a district's past matters would give them: the catalog's example sentences of the
 * types handled by a street duty item, each said again the way residents say things — an opening, where
 * they live, the example, a closing — and labelled with that item. Deterministic: the first {@code n} of
 * one seeded sequence, so the 2,000 newest are a part of the 100,000.
 */
final class LabelledTexts {

    private static final long SEED = 20261130L;

    private static final List<String> OPENINGS =
            List.of("", "", "您好，", "我想反映一个问题：", "我是附近的居民，", "再次反映：", "麻烦问一下，", "你好，我要投诉，", "急！", "市民来电：");

    private static final List<String> PLACES = List.of(
            "德胜门内大街", "新街口北大街", "西直门南小街", "展览路", "月坛南街", "金融街", "广安门外大街", "牛街", "白纸坊东街", "陶然亭路", "前海西街", "西四北三条",
            "阜成门外大街", "椿树园", "大栅栏西街", "天桥南大街", "什刹海", "百万庄大街", "真武庙路", "西便门");

    private static final List<String> SPOTS = List.of("号院", "号楼", "小区", "胡同", "社区");

    private static final List<String> CLOSINGS =
            List.of("", "", "希望尽快处理。", "已经反映过好几次了。", "谢谢！", "请相关部门来看看。", "麻烦给个答复。", "影响很大，盼解决。", "请派人核实。");

    private LabelledTexts() {}

    /** The catalog's example sentences of types handled by a street item active on {@code day}, with it. */
    static List<LabelledText> examples(List<DutyItem> items, DispatchCatalog catalog, LocalDate day) {
        List<LabelledText> examples = new ArrayList<>();
        for (DispatchType type : catalog.types()) {
            DispatchTarget target = type.target();
            if (target.kind() != DispatchTarget.Kind.ITEM) {
                continue;
            }
            boolean street = items.stream()
                    .anyMatch(i -> i.code().equals(target.ref()) && i.level() == DutyLevel.STREET && i.activeOn(day));
            if (street) {
                type.examples().forEach(e -> examples.add(new LabelledText(e, target.ref())));
            }
        }
        return examples;
    }

    /** {@code n} varied labelled texts from {@code examples}. */
    static List<LabelledText> of(List<LabelledText> examples, int n) {
        Random random = new Random(SEED);
        List<LabelledText> texts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LabelledText example = examples.get(random.nextInt(examples.size()));
            String where =
                    switch (random.nextInt(3)) {
                        case 0 -> "";
                        case 1 -> "家住" + pick(random, PLACES) + (1 + random.nextInt(60)) + pick(random, SPOTS) + "，";
                        default -> pick(random, PLACES) + "这边，";
                    };
            String text = pick(random, OPENINGS) + where + example.text() + pick(random, CLOSINGS);
            texts.add(new LabelledText(text, example.itemCode()));
        }
        return texts;
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
