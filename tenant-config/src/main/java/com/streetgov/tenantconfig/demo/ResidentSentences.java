package com.streetgov.tenantconfig.demo;

import java.util.List;
import java.util.Random;

/**
 * What residents write, by theme: a few sentence templates per kind of duty area (city management,
 * livelihood, safety, community, party work, general services) for titles, details and answers of
 * generated demo matters. {@code {p}} stands for the place (a community and building).
 */
final class ResidentSentences {

    /** A theme: titles, an extra detail sentence and the answer the unit gives. */
    record Theme(String name, List<String> titles, List<String> answers) {}

    static final Theme CITY = new Theme(
            "城市管理",
            List.of(
                    "{p}门口垃圾桶满溢，多日无人清运",
                    "{p}附近有商贩占道经营，影响通行",
                    "{p}旁工地夜间施工，噪音扰民",
                    "{p}路灯不亮，晚上出行不便",
                    "{p}共享单车乱停乱放，堵塞通道",
                    "{p}有人违章搭建，请核查",
                    "{p}路面破损有坑，存在安全隐患",
                    "{p}绿化带树木倒伏，需要修剪",
                    "{p}餐馆油烟直排，影响居民生活"),
            List.of(
                    "已派执法人员现场核查，责令整改并已清理完毕，已向居民反馈。",
                    "已协调环卫单位清运，并增加巡查频次。",
                    "已联系施工单位，夜间停止高噪音作业，后续加强监管。",
                    "已报修并修复，居民表示认可。"));

    static final Theme LIVELIHOOD = new Theme(
            "民生保障",
            List.of(
                    "咨询{p}居民申请低保需要准备哪些材料",
                    "家中老人想申请居家养老助餐服务",
                    "咨询灵活就业人员社保如何缴费",
                    "申请公租房已提交材料，进度一直没有消息",
                    "高龄津贴本月未到账，请帮忙查询",
                    "失业后想办理失业登记和就业指导",
                    "残疾人两项补贴如何申请",
                    "孩子入托入学相关证明在哪里办理"),
            List.of(
                    "已电话联系居民，详细解释办理条件和所需材料，并预约窗口办理。",
                    "已核实情况，协助居民提交申请，目前已受理。",
                    "已与区相关部门核对，款项已补发，居民表示满意。",
                    "已上门了解情况，纳入街道跟踪服务。"));

    static final Theme SAFETY = new Theme(
            "平安建设",
            List.of(
                    "{p}楼道内堆放杂物，堵塞消防通道",
                    "楼上漏水与邻居多次协商未果，希望调解",
                    "{p}小区门禁损坏，外来人员随意进出",
                    "{p}有人在楼道内给电动自行车充电，存在隐患",
                    "{p}附近深夜有人聚集喧哗",
                    "与房东因押金发生纠纷，希望街道帮忙调解"),
            List.of("已组织社区和物业现场清理，并张贴安全提示。", "已由人民调解员组织双方调解，达成一致意见。", "已联系物业维修门禁，并加强夜间巡逻。", "已会同派出所现场处置，后续持续关注。"));

    static final Theme COMMUNITY = new Theme(
            "社区建设",
            List.of(
                    "{p}电梯经常故障停运，老人上下楼困难",
                    "{p}物业不作为，楼道卫生无人打扫",
                    "老旧小区加装电梯如何申请",
                    "{p}停车位紧张，希望规划停车",
                    "{p}楼顶漏水，物业推诿不修",
                    "{p}小区健身器材损坏，希望维修"),
            List.of("已约谈物业公司，限期整改，社区跟踪落实。", "已协调维修单位完成维修，居民表示认可。", "已向居民说明加装电梯的申请流程，社区协助征求意见。", "已召开居民议事会研究方案，逐步推进。"));

    static final Theme PARTY = new Theme(
            "党群工作",
            List.of("想把组织关系转到居住地社区党组织", "社区志愿服务活动如何报名", "退休党员希望参加社区组织生活", "希望社区多组织一些文体活动"),
            List.of("已告知组织关系转接流程，社区党组织已接收。", "已将居民纳入志愿者队伍，并告知近期活动安排。", "已转社区党群服务中心统筹安排。"));

    static final Theme GENERAL = new Theme(
            "综合服务",
            List.of(
                    "开具居住证明需要带什么材料",
                    "对街道办事窗口的服务态度有意见",
                    "统计调查员上门核实信息，想确认是否属实",
                    "辖区企业咨询营商服务相关政策",
                    "{p}所在片区改造进度咨询",
                    "{p}附近公厕长期关闭，希望开放"),
            List.of("已电话答复居民，说明办理材料和地点。", "已核实情况，对相关人员进行批评教育，并向居民致歉。", "已核实身份属实，并向居民说明调查用途。", "已转相关部门办理并向居民反馈结果。"));

    static final List<String> DETAILS =
            List.of("希望尽快处理。", "已经反映过多次，请相关部门重视。", "麻烦街道帮忙协调，谢谢。", "情况持续一周多了，影响正常生活。", "希望有关部门给个答复。");

    static final List<String> SURNAMES =
            List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭");

    private ResidentSentences() {}

    /** The theme of a duty area, by the words in its name; anything else is general services. */
    static Theme of(String area) {
        String a = area == null ? "" : area;
        if (a.contains("城市") || a.contains("城区") || a.contains("环境")) {
            return CITY;
        }
        if (a.contains("民生") || a.contains("社会建设") || a.contains("公共事务") || a.contains("公共服务")) {
            return LIVELIHOOD;
        }
        if (a.contains("平安") || a.contains("安全") || a.contains("社会管理")) {
            return SAFETY;
        }
        if (a.contains("社区") || a.contains("居民")) {
            return COMMUNITY;
        }
        if (a.contains("党")) {
            return PARTY;
        }
        return GENERAL;
    }

    static String pick(List<String> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    static String resident(Random random) {
        return pick(SURNAMES, random) + (random.nextBoolean() ? "先生" : "女士");
    }
}
