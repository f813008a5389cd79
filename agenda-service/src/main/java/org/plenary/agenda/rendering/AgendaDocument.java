package org.plenary.agenda.rendering;

import org.plenary.agenda.agenda.AgendaItem;
import org.plenary.agenda.agenda.AgendaProposal;
import org.plenary.platform.i18n.Languages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The agenda as annex 1 of the letter lays it out: number, title, document, whether it contains a decision or
 * resolution, and the comment derived from the member states' proposals. Labels exist in the six UN languages (English
 * and Chinese are the letter's own words); the items' titles are in the language asked for where the agenda has them.
 */
public final class AgendaDocument {

    /** One row of the annex. */
    public record Row(int number, String title, String document, String outcome, String comment) {
    }

    private record Labels(String heading, String draft, String adopted, String number, String title, String document,
                          String outcome, String comment, Map<AgendaItem.Outcome, String> outcomes,
                          Map<AgendaProposal.Kind, String> kinds, String proposedBy) {
    }

    private static final Labels ENGLISH = new Labels("Agenda", "Draft agenda", "Adopted agenda, version %d",
            "No.", "Item", "Document", "Decision or resolution", "Comment",
            Map.of(AgendaItem.Outcome.NONE, "No", AgendaItem.Outcome.DECISION, "Decision",
                    AgendaItem.Outcome.RESOLUTION, "Resolution", AgendaItem.Outcome.RESOLUTION_AND_DECISION,
                    "Resolution, Decision", AgendaItem.Outcome.UNSPECIFIED, ""),
            Map.of(AgendaProposal.Kind.MOVE_TO_PHYSICAL_MEETING, "Moved to the physical meeting",
                    AgendaProposal.Kind.MOVE_TO_VIRTUAL_CONSULTATION,
                    "Moved from the physical meeting to the virtual consultation",
                    AgendaProposal.Kind.NEW_ITEM, "New item",
                    AgendaProposal.Kind.DISCUSS_ALL_ITEMS_VIRTUALLY, "Discuss all items virtually"),
            "%s: proposal of %d member state%s");

    private static final Labels CHINESE = new Labels("议程", "议程草案", "通过的议程，第%d版",
            "", "议题", "文件", "是否含有决定或决议", "评论意见",
            Map.of(AgendaItem.Outcome.NONE, "否", AgendaItem.Outcome.DECISION, "决定",
                    AgendaItem.Outcome.RESOLUTION, "决议", AgendaItem.Outcome.RESOLUTION_AND_DECISION, "决议 决定",
                    AgendaItem.Outcome.UNSPECIFIED, ""),
            Map.of(AgendaProposal.Kind.MOVE_TO_PHYSICAL_MEETING, "移至实体会议",
                    AgendaProposal.Kind.MOVE_TO_VIRTUAL_CONSULTATION, "从实体会议移至虚拟磋商会",
                    AgendaProposal.Kind.NEW_ITEM, "新议项",
                    AgendaProposal.Kind.DISCUSS_ALL_ITEMS_VIRTUALLY, "在虚拟磋商会期间讨论所有拟议的议项"),
            "%s： %d个成员国的建议%s");

    private static final Labels FRENCH = new Labels("Ordre du jour", "Projet d'ordre du jour", "Ordre du jour adopté, version %d",
            "N°", "Point", "Document", "Décision ou résolution", "Observations",
            Map.of(AgendaItem.Outcome.NONE, "Non", AgendaItem.Outcome.DECISION, "Décision",
                    AgendaItem.Outcome.RESOLUTION, "Résolution", AgendaItem.Outcome.RESOLUTION_AND_DECISION, "Résolution, Décision",
                    AgendaItem.Outcome.UNSPECIFIED, ""),
            Map.of(AgendaProposal.Kind.MOVE_TO_PHYSICAL_MEETING, "Renvoi à la réunion en présentiel",
                    AgendaProposal.Kind.MOVE_TO_VIRTUAL_CONSULTATION, "Renvoi de la réunion en présentiel à la consultation virtuelle",
                    AgendaProposal.Kind.NEW_ITEM, "Nouveau point",
                    AgendaProposal.Kind.DISCUSS_ALL_ITEMS_VIRTUALLY, "Examen de tous les points en consultation virtuelle"),
            "%s : proposition de %d État(s) Membre(s)%s");

    private static final Labels SPANISH = new Labels("Orden del día", "Proyecto de orden del día", "Orden del día adoptado, versión %d",
            "N.º", "Punto", "Documento", "Decisión o resolución", "Comentarios",
            Map.of(AgendaItem.Outcome.NONE, "No", AgendaItem.Outcome.DECISION, "Decisión",
                    AgendaItem.Outcome.RESOLUTION, "Resolución", AgendaItem.Outcome.RESOLUTION_AND_DECISION, "Resolución, Decisión",
                    AgendaItem.Outcome.UNSPECIFIED, ""),
            Map.of(AgendaProposal.Kind.MOVE_TO_PHYSICAL_MEETING, "Remitido a la reunión presencial",
                    AgendaProposal.Kind.MOVE_TO_VIRTUAL_CONSULTATION, "Remitido de la reunión presencial a la consulta virtual",
                    AgendaProposal.Kind.NEW_ITEM, "Nuevo punto",
                    AgendaProposal.Kind.DISCUSS_ALL_ITEMS_VIRTUALLY, "Examinar todos los puntos en la consulta virtual"),
            "%s: propuesta de %d Estado(s) Miembro(s)%s");

    private static final Labels RUSSIAN = new Labels("Повестка дня", "Проект повестки дня", "Утвержденная повестка дня, версия %d",
            "№", "Пункт", "Документ", "Решение или резолюция", "Комментарии",
            Map.of(AgendaItem.Outcome.NONE, "Нет", AgendaItem.Outcome.DECISION, "Решение",
                    AgendaItem.Outcome.RESOLUTION, "Резолюция", AgendaItem.Outcome.RESOLUTION_AND_DECISION, "Резолюция, решение",
                    AgendaItem.Outcome.UNSPECIFIED, ""),
            Map.of(AgendaProposal.Kind.MOVE_TO_PHYSICAL_MEETING, "Перенос на очное собрание",
                    AgendaProposal.Kind.MOVE_TO_VIRTUAL_CONSULTATION, "Перенос с очного собрания на виртуальную консультацию",
                    AgendaProposal.Kind.NEW_ITEM, "Новый пункт",
                    AgendaProposal.Kind.DISCUSS_ALL_ITEMS_VIRTUALLY, "Обсуждение всех пунктов в ходе виртуальной консультации"),
            "%s: предложение Государств-Членов: %d%s");

    private static final Labels ARABIC = new Labels("جدول الأعمال", "مشروع جدول الأعمال", "جدول الأعمال المعتمد، الصيغة %d",
            "الرقم", "البند", "الوثيقة", "مقرر أو قرار", "تعليقات",
            Map.of(AgendaItem.Outcome.NONE, "لا", AgendaItem.Outcome.DECISION, "مقرر",
                    AgendaItem.Outcome.RESOLUTION, "قرار", AgendaItem.Outcome.RESOLUTION_AND_DECISION, "قرار، مقرر",
                    AgendaItem.Outcome.UNSPECIFIED, ""),
            Map.of(AgendaProposal.Kind.MOVE_TO_PHYSICAL_MEETING, "الإحالة إلى الاجتماع الحضوري",
                    AgendaProposal.Kind.MOVE_TO_VIRTUAL_CONSULTATION, "الإحالة من الاجتماع الحضوري إلى المشاورة الافتراضية",
                    AgendaProposal.Kind.NEW_ITEM, "بند جديد",
                    AgendaProposal.Kind.DISCUSS_ALL_ITEMS_VIRTUALLY, "مناقشة جميع البنود في المشاورة الافتراضية"),
            "%s: اقتراح من %d من الدول الأعضاء%s");

    /** The annex's labels in each of the six UN languages; English for any other. */
    private static final Map<String, Labels> BY_LANGUAGE = Map.of("en", ENGLISH, "zh", CHINESE, "fr", FRENCH,
            "es", SPANISH, "ru", RUSSIAN, "ar", ARABIC);

    private final Labels labels;
    private final String language;
    private final String meetingTitle;
    private final Integer version;
    private final List<Row> rows;

    private AgendaDocument(String language, String meetingTitle, Integer version, List<Row> rows) {
        this.labels = labels(language);
        this.language = language;
        this.meetingTitle = meetingTitle;
        this.version = version;
        this.rows = rows;
    }

    /**
     * @param counts  proposals per item, counted by kind
     * @param version the adopted version, or null for the draft
     */
    public static AgendaDocument of(String language, String meetingTitle, Integer version, List<AgendaItem> items,
                                    Map<UUID, Map<AgendaProposal.Kind, Integer>> counts) {
        Labels labels = labels(language);
        List<Row> rows = items.stream().map(item -> new Row(item.number, Languages.text(item.title, language),
                item.documentReference == null ? "" : item.documentReference,
                labels.outcomes().get(item.outcome), comment(labels, counts.get(item.id)))).toList();
        return new AgendaDocument(language, meetingTitle, version, rows);
    }

    private static Labels labels(String language) {
        return BY_LANGUAGE.getOrDefault(language, ENGLISH);
    }

    /** The header row of the CSV in {@code language}: what a spreadsheet shows above the items. */
    static List<String> header(String language) {
        Labels labels = labels(language);
        return List.of(labels.number().isEmpty() ? "#" : labels.number(), labels.title(), labels.document(),
                labels.outcome(), labels.comment());
    }

    public List<Row> rows() {
        return rows;
    }

    private static String comment(Labels labels, Map<AgendaProposal.Kind, Integer> counts) {
        if (counts == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (AgendaProposal.Kind kind : AgendaProposal.Kind.values()) {
            Integer count = counts.get(kind);
            if (count != null && count > 0) {
                parts.add(String.format(labels.proposedBy(), labels.kinds().get(kind), count,
                        labels == ENGLISH && count > 1 ? "s" : ""));
            }
        }
        return String.join("; ", parts);
    }

    /** RFC 4180 ({@link Csv}), UTF-8 with a byte-order mark so spreadsheets read Chinese and Arabic titles right. */
    public String csv() {
        StringBuilder out = new StringBuilder("\uFEFF");
        Csv.line(out, header(language).toArray(String[]::new));
        rows.forEach(row -> Csv.line(out, String.valueOf(row.number()), row.title(), row.document(), row.outcome(),
                row.comment()));
        return out.toString();
    }

    /** A page to print or read: one table, in the language asked for (right to left for Arabic). */
    public String html() {
        String heading = version == null ? labels.draft() : String.format(labels.adopted(), version);
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(language).append('"')
                .append(Languages.rightToLeft(language) ? " dir=\"rtl\"" : "").append(">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(heading + " · " + meetingTitle)).append("</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}")
                .append("th,td{border:1px solid #999;padding:.3em .5em;vertical-align:top;text-align:start}")
                .append("th{background:#eee}@media print{body{margin:0}}</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(meetingTitle)).append("</h1>\n<h2>").append(escape(heading))
                .append("</h2>\n<table>\n<thead><tr>");
        for (String label : List.of(labels.number(), labels.title(), labels.document(), labels.outcome(),
                labels.comment())) {
            out.append("<th>").append(escape(label)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Row row : rows) {
            out.append("<tr><td>").append(row.number()).append("</td><td>").append(escape(row.title()))
                    .append("</td><td>").append(escape(row.document())).append("</td><td>")
                    .append(escape(row.outcome())).append("</td><td>").append(escape(row.comment()))
                    .append("</td></tr>\n");
        }
        return out.append("</tbody>\n</table>\n</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
