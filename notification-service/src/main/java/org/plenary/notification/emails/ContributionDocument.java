package org.plenary.notification.emails;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.plenary.events.contribution.ContributionState;
import org.plenary.platform.i18n.Languages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A contribution as the letter's annex 2 lays out its template, as a Word document the secretariat files and
 * translates: the heading, then submitting member states, document title and the document it refers to in a table,
 * then the comments on that document and the proposed way forward, each line as written. Labels are in the
 * contribution's language (the texts' own language); a revision says which it is. In Arabic the document is written
 * right to left, as Word lays out a document typed in Arabic: each paragraph and run marked right-to-left, the table's
 * columns starting on the right.
 */
final class ContributionDocument {

    private ContributionDocument() {
    }

    /** {@code C20-55_KEN-BRA_contribution.docx}; a revision's name ends {@code _rev2}. */
    static String fileName(ContributionState contribution) {
        String reference = contribution.documentReference() == null ? "" : contribution.documentReference();
        String name = reference.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "") + "_"
                + String.join("-", contribution.submittingMemberStates()) + "_contribution"
                + (contribution.revision() > 1 ? "_rev" + contribution.revision() : "");
        return name.replaceAll("^_", "") + ".docx";
    }

    static Attachment of(ContributionState contribution, String meetingTitle, String language, EmailMessages msg) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph heading = document.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun title = heading.createRun();
            title.setBold(true);
            title.setFontSize(14);
            title.setText(msg.documentHeading(meetingTitle));
            if (contribution.revision() > 1) {
                XWPFParagraph revision = document.createParagraph();
                revision.setAlignment(ParagraphAlignment.CENTER);
                revision.createRun().setText(msg.documentRevision(contribution.revision()));
            }
            XWPFTable table = document.createTable(3, 2);
            row(table.getRow(0), msg.labelStates(), String.join(", ", contribution.submittingMemberStates()));
            row(table.getRow(1), msg.labelTitle(), contribution.title());
            row(table.getRow(2), msg.labelDocument(), orDash(contribution.documentReference()));
            section(document, msg.labelComments(), contribution.commentsOnDocument());
            section(document, msg.labelWayForward(), contribution.proposedWayForward());
            if (Languages.rightToLeft(language)) {
                rightToLeft(document);
            }
            document.write(out);
            return new Attachment(fileName(contribution), Attachment.WORD, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("the contribution's Word document could not be written", e);
        }
    }

    private static void row(XWPFTableRow row, String label, String value) {
        XWPFRun labelRun = row.getCell(0).getParagraphs().get(0).createRun();
        labelRun.setBold(true);
        labelRun.setText(label);
        row.getCell(1).getParagraphs().get(0).createRun().setText(value);
    }

    /** A bold label, then the text one paragraph per line, as the states wrote it. */
    private static void section(XWPFDocument document, String label, String text) {
        XWPFRun heading = document.createParagraph().createRun();
        heading.setBold(true);
        heading.setText(label);
        for (String line : orDash(text).split("\n", -1)) {
            document.createParagraph().createRun().setText(line);
        }
    }

    /**
     * Marks every paragraph, run and table of the document right-to-left, as Word does for a document typed in Arabic:
     * "bidi", "rtl" with the complex-script bold and size, the Arabic proofing language, "bidiVisual".
     */
    private static void rightToLeft(XWPFDocument document) {
        List<XWPFParagraph> paragraphs = new ArrayList<>(document.getParagraphs());
        for (XWPFTable table : document.getTables()) {
            CTTblPr properties = table.getCTTbl().getTblPr();
            (properties == null ? table.getCTTbl().addNewTblPr() : properties).addNewBidiVisual();
            table.getRows().forEach(row -> row.getTableCells().forEach(cell -> paragraphs.addAll(cell.getParagraphs())));
        }
        for (XWPFParagraph paragraph : paragraphs) {
            CTP p = paragraph.getCTP();
            (p.isSetPPr() ? p.getPPr() : p.addNewPPr()).addNewBidi();
            for (XWPFRun run : paragraph.getRuns()) {
                CTR r = run.getCTR();
                CTRPr properties = r.isSetRPr() ? r.getRPr() : r.addNewRPr();
                properties.addNewRtl();
                // A right-to-left run takes Word's complex-script properties: bold and size again as those.
                if (properties.sizeOfBArray() > 0) {
                    properties.addNewBCs();
                }
                if (properties.sizeOfSzArray() > 0) {
                    properties.addNewSzCs().setVal(properties.getSzArray(0).getVal());
                }
                properties.addNewLang().setBidi("ar-SA");
            }
        }
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
