<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Bugs</name>
    <message>
        <location filename="../../briefer/ui/bugs.py" line="49"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/bugs.py" line="61"/>
        <source>Briefer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/bugs.py" line="73"/>
        <source>Briefer ran into a bug and could not finish what you asked. Your brief is saved. Please report this to the Briefer team and attach the log file:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/bugs.py" line="78"/>
        <source>Bug</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
        <message numerus="yes">
            <location filename="../../briefer/ui/main_window.py" line="0" />
            <source>Add %n fact(s)</source>
            <translation>
                <numerusform>Add %n fact</numerusform>
                <numerusform>Add %n facts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/commands.py" line="0" />
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>Delete %n item</numerusform>
                <numerusform>Delete %n items</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../briefer/ui/commands.py" line="54"/>
        <source>Move to another section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/commands.py" line="56"/>
        <source>Reorder items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/commands.py" line="65"/>
        <source>Move item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/commands.py" line="67"/>
        <source>Move item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/commands.py" line="114"/>
        <source>Edit wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/commands.py" line="139"/>
        <source>Cite a fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/commands.py" line="142"/>
        <source>Remove a citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/commands.py" line="150"/>
        <source>Change the marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="832"/>
        <source>Add a paragraph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../briefer/ui/curate.py" line="285"/>
        <source>Prefer this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="286"/>
        <source>Briefs show this figure for its metric and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="287"/>
        <source>Deprecate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="288"/>
        <source>Never show this figure in a brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="289"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="322"/>
        <source>Deprecate figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="322"/>
        <source>Why is this figure wrong? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurateWorkspace</name>
    <message>
        <location filename="../../briefer/ui/curate.py" line="183"/>
        <source>Facts proposed by the importer and new facts wait here as drafts. Accept the sound ones, edit what needs it, reject the rest (kept, with your reason, never deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="276"/>
        <source>Approved figures for the same metric and period that disagree, shown group by group. Prefer the one briefs should use, or deprecate the wrong one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="342"/>
        <source>Approved figures older than their staleness limit (trade after 18 months, other figures after 24). Update them from a newer source, or retire them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="573"/>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="574"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="575"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="576"/>
        <source>Stale figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/curate.py" line="648"/>
        <source>Accepted %n fact(s).</source>
        <translation>
            <numerusform>Accepted %n fact.</numerusform>
            <numerusform>Accepted %n facts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/curate.py" line="656"/>
        <source>Rejected %n fact(s); they stay in the history.</source>
        <translation>
            <numerusform>Rejected %n fact; it stays in the history.</numerusform>
            <numerusform>Rejected %n facts; they stay in the history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/curate.py" line="664"/>
        <source>Retired %n fact(s).</source>
        <translation>
            <numerusform>Retired %n fact.</numerusform>
            <numerusform>Retired %n facts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="671"/>
        <source>Briefs now show the preferred figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="678"/>
        <source>The figure is deprecated and left out of briefs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="685"/>
        <source>The fact is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="694"/>
        <source>A draft fact was made from the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="706"/>
        <source>Import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="708"/>
        <source>Articles (*.txt *.html *.htm *.docx *.pdf *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="721"/>
        <source>Importing {0}… {1}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/curate.py" line="732"/>
        <source>Imported %n file(s); </source>
        <translation>
            <numerusform>Imported %n file; </numerusform>
            <numerusform>Imported %n files; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/curate.py" line="733"/>
        <source>%n draft fact(s) to review.</source>
        <translation>
            <numerusform>%n draft fact to review.</numerusform>
            <numerusform>%n draft facts to review.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="196"/>
        <source>Drafts proposed by the importer, beside their source. Accept the sound ones, edit what needs it, settle duplicates, reject the rest (kept, never deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="973"/>
        <source>The approved fact now cites this source too; the draft is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="983"/>
        <source>The draft is approved and the older fact retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="992"/>
        <source>Marked as a different fact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="997"/>
        <source>There is no decision to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="1004"/>
        <source>The last decision is undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="1037"/>
        <source>{0}: {1} of {2} sections have approved facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="1041"/>
        <source>empty: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedStore</name>
    <message>
        <location filename="../../briefer/ui/damaged.py" line="29"/>
        <location filename="../../briefer/ui/damaged.py" line="56"/>
        <source>To go back to a backup, run: briefer restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/damaged.py" line="40"/>
        <source>The store cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/damaged.py" line="51"/>
        <source>Restore the backup of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/damaged.py" line="61"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/damaged.py" line="80"/>
        <source>Restored the backup {0}; the damaged store was set aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorFactModel</name>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="88"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="89"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="90"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="91"/>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="92"/>
        <source>Value / period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="93"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="94"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="95"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="77"/>
        <source>Export the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="119"/>
        <source>Word (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="120"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="121"/>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="131"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="139"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="145"/>
        <source>No marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="148"/>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="154"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="158"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="163"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="166"/>
        <source>Do not export while the brief has warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/export_dialog.py" line="175"/>
        <source>This brief has %n warning(s); they are listed in the Warnings panel.</source>
        <translation>
            <numerusform>This brief has %n warning; they are listed in the Warnings panel.</numerusform>
            <numerusform>This brief has %n warnings; they are listed in the Warnings panel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="198"/>
        <source>Open the Word file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="199"/>
        <source>Open the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="200"/>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="213"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="215"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="228"/>
        <location filename="../../briefer/ui/export_dialog.py" line="261"/>
        <source>(no marking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="246"/>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="271"/>
        <source>Choose a folder that exists for the exported files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="274"/>
        <source>Type a file name for the exported brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="306"/>
        <location filename="../../briefer/ui/export_dialog.py" line="322"/>
        <source>Preparing the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="312"/>
        <source>Replace the files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="313"/>
        <source>These files already exist and will be replaced:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="323"/>
        <source>Writing the Word file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="324"/>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="325"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="336"/>
        <source>Saved {0} in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/export_dialog.py" line="338"/>
        <source>The brief still has %n warning(s).</source>
        <translation>
            <numerusform>The brief still has %n warning.</numerusform>
            <numerusform>The brief still has %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/export_dialog.py" line="277"/>
        <source>The %1 brief has %n warning(s):</source>
        <translation>
            <numerusform>The %1 brief has %n warning:</numerusform>
            <numerusform>The %1 brief has %n warnings:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="355"/>
        <source>The export failed because of a bug; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="374"/>
        <source>The export is still running…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPackDialog</name>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="193"/>
        <location filename="../../briefer/ui/pack_dialogs.py" line="247"/>
        <source>Export fact pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="208"/>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="209"/>
        <source>Include draft facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="210"/>
        <source>Include retired facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="218"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="222"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="229"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="232"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="256"/>
        <source>Choose at least one pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="259"/>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="264"/>
        <source>Writing the pack…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactBrowser</name>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="117"/>
        <source>Facts and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="129"/>
        <source>Search facts, with or without accents (e.g. Luong Cuong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="138"/>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="142"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="146"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="151"/>
        <location filename="../../briefer/ui/fact_browser.py" line="156"/>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="152"/>
        <source>since </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="154"/>
        <source>Only facts about this year or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="233"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="234"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="240"/>
        <source>Add to brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="244"/>
        <source>Add the selected facts to the brief, in the section of their topic. You can also drag them into the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="298"/>
        <location filename="../../briefer/ui/fact_browser.py" line="310"/>
        <source>Facts ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="299"/>
        <source>Sources ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/fact_browser.py" line="316"/>
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n fact</numerusform>
            <numerusform>%n facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/fact_browser.py" line="318"/>
        <source>{0} of %n fact(s)</source>
        <translation>
            <numerusform>{0} of %n fact</numerusform>
            <numerusform>{0} of %n facts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactEditor</name>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="73"/>
        <source>Edit fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="103"/>
        <source>e.g. 1971-03-25 or 2007-05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="105"/>
        <source>the date the value holds at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="107"/>
        <source>e.g. 2023 or 2024-01..2024-09</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="109"/>
        <source>a number, e.g. 1300000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="114"/>
        <source>e.g. trade.total (for conflict checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="122"/>
        <source>Event date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="123"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="124"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="139"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="139"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="147"/>
        <source>Statement (Vietnamese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="148"/>
        <source>Statement (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="149"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="150"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="151"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="152"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="153"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="164"/>
        <source>Citation (the exact words of the source; read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="180"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="181"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="213"/>
        <source>This fact cites no source yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="217"/>
        <source>Source: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="220"/>
        <source>Edit fact · {0} · revision {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="252"/>
        <source>The value must be a number, such as 1300000000 or 1,3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="256"/>
        <source>A fact needs a statement in Vietnamese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="234"/>
        <source>From the fact pack of {0}, received {1} (revision {2}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactTableModel</name>
    <message>
        <location filename="../../briefer/ui/models/facts.py" line="86"/>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/facts.py" line="87"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/facts.py" line="88"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/facts.py" line="89"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/facts.py" line="90"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactTablePanel</name>
    <message>
        <location filename="../../briefer/ui/curate.py" line="104"/>
        <location filename="../../briefer/ui/curate.py" line="139"/>
        <source>All pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="150"/>
        <source>Facts: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPackDialog</name>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="48"/>
        <source>Import fact pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="59"/>
        <source>Pack: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="61"/>
        <source>Reading the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="73"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="78"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="113"/>
        <source>From {0}, made {1}. Nothing is written until you choose Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="114"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="119"/>
        <source>Would add {0} facts, update {1}, leave {2} unchanged; {3} conflicts kept side by side; {4} new sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="131"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="132"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="133"/>
        <source>Kept (newer here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="139"/>
        <source>Conflict: {0} — here “{1}”, in the pack “{2}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="148"/>
        <source>Nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="178"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="180"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="98"/>
        <source>The fact, as the store has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="112"/>
        <source>Use the fact&apos;s wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="114"/>
        <source>Drop this brief&apos;s own wording and show the fact&apos;s statement again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="134"/>
        <source>Sources cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="136"/>
        <source>Cite selected fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="138"/>
        <source>Cite the fact selected in the fact browser as a source of this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="141"/>
        <source>Remove citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="174"/>
        <source>Select an item in the outline to edit its wording and sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="177"/>
        <source>Pick a country pair and a brief type in the toolbar, then press “New brief” — or open a saved brief from File → Open recent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="202"/>
        <source>(This fact is no longer in the store.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="207"/>
        <source>Wording in this brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="207"/>
        <source>Your text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="237"/>
        <source>Type the paragraph or talking point in Vietnamese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="239"/>
        <source>Type the paragraph or talking point in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="242"/>
        <source>No Vietnamese wording yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="244"/>
        <source>No English wording yet: type it here, or the Vietnamese is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="256"/>
        <source>[{0}] A cited fact is missing from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="263"/>
        <source>[{0}] {1}
This fact has no source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="282"/>
        <source>Sources cited ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../briefer/ui/labels.py" line="16"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="17"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="18"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="25"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="26"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="27"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="34"/>
        <source>Fact from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="35"/>
        <source>Officer&apos;s own text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="36"/>
        <source>Computed line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="43"/>
        <source>Outdated figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="44"/>
        <source>Conflicting figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="45"/>
        <source>Not translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="46"/>
        <source>No source cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="54"/>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="55"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="42"/>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="43"/>
        <source>about (gần)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="44"/>
        <source>more than (hơn, vượt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="45"/>
        <source>less than (dưới)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="36"/>
        <source>Preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="37"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="38"/>
        <source>Deprecated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="135"/>
        <source>New brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="139"/>
        <source>Assemble a new brief for the chosen pair and brief type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="142"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="146"/>
        <source>Write the brief as a Word file, a PDF, or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="148"/>
        <source>Delete this brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="149"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="153"/>
        <location filename="../../briefer/ui/main_window.py" line="754"/>
        <location filename="../../briefer/ui/main_window.py" line="756"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="156"/>
        <location filename="../../briefer/ui/main_window.py" line="755"/>
        <location filename="../../briefer/ui/main_window.py" line="757"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="159"/>
        <source>Add paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="163"/>
        <source>Add a paragraph of your own after the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="166"/>
        <source>Add talking point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="170"/>
        <source>Add a talking point at the end of the talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="173"/>
        <source>Delete item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="177"/>
        <source>Remove the selected items from the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="181"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="184"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="187"/>
        <source>Add selected facts to the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="193"/>
        <source>Cite selected fact in this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="199"/>
        <source>Find facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="201"/>
        <location filename="../../briefer/ui/main_window.py" line="932"/>
        <source>About Briefer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="203"/>
        <source>Open the log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="216"/>
        <location filename="../../briefer/ui/main_window.py" line="245"/>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="227"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="241"/>
        <source>The language the new brief is written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="244"/>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="246"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="305"/>
        <location filename="../../briefer/ui/main_window.py" line="685"/>
        <source>Brief outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="309"/>
        <source>Selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="344"/>
        <location filename="../../briefer/ui/main_window.py" line="701"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="355"/>
        <source>Warnings panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="360"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="362"/>
        <source>Open recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="373"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="393"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="395"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="399"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="411"/>
        <source>Opening the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="467"/>
        <source>The store could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/main_window.py" line="487"/>
        <source>{0}  (%n fact(s))</source>
        <translation>
            <numerusform>{0}  (%n fact)</numerusform>
            <numerusform>{0}  (%n facts)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="495"/>
        <source>{0} in {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/main_window.py" line="495"/>
        <source>%n approved fact(s)</source>
        <translation>
            <numerusform>%n approved fact</numerusform>
            <numerusform>%n approved facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/main_window.py" line="495"/>
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="501"/>
        <source>The store has no approved facts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="523"/>
        <source>Choose a country pair first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="534"/>
        <source>Assembling the brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="544"/>
        <source>This brief is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="551"/>
        <source>Opening the brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/main_window.py" line="570"/>
        <source>Opened “{0}” (%n item(s)).</source>
        <translation>
            <numerusform>Opened “{0}” (%n item).</numerusform>
            <numerusform>Opened “{0}” (%n items).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/main_window.py" line="581"/>
        <source>%n fact(s) used in this brief changed since it was last exported: check the wording before you export again.</source>
        <translation>
            <numerusform>%n fact used in this brief changed since it was last exported: check the wording before you export again.</numerusform>
            <numerusform>%n facts used in this brief changed since it was last exported: check the wording before you export again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="586"/>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="601"/>
        <source>deleted from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="603"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="605"/>
        <source>revised ({0} → {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="618"/>
        <source>Facts changed since export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="623"/>
        <location filename="../../briefer/ui/main_window.py" line="940"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="639"/>
        <source>No saved briefs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="647"/>
        <source>Last changed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="656"/>
        <source>Delete this brief?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="657"/>
        <source>Delete “{0}” from the store? Exported files are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="663"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="664"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/main_window.py" line="689"/>
        <source>Brief outline · %n item(s)</source>
        <translation>
            <numerusform>Brief outline · %n item</numerusform>
            <numerusform>Brief outline · %n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="701"/>
        <source>Warnings ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="706"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="708"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="710"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="712"/>
        <source>Could not save: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/main_window.py" line="726"/>
        <source>%n fact(s) match “{0}”.</source>
        <translation>
            <numerusform>%n fact matches “{0}”.</numerusform>
            <numerusform>%n facts match “{0}”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="754"/>
        <source>Undo: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="755"/>
        <source>Redo: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="782"/>
        <source>Select facts in the fact browser first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="797"/>
        <source>This fact is already in the brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/main_window.py" line="818"/>
        <source>Added %n fact(s) to the brief.</source>
        <translation>
            <numerusform>Added %n fact to the brief.</numerusform>
            <numerusform>Added %n facts to the brief.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="865"/>
        <source>Select the fact to cite in the fact browser first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="915"/>
        <source>Exported {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="928"/>
        <source>The new language applies the next time Briefer starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="936"/>
        <source>&lt;b&gt;Briefer {0}&lt;/b&gt;&lt;br&gt;Citation-linked briefing notes for official visits.&lt;br&gt;&lt;br&gt;Every factual sentence carries its source. Works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="37"/>
        <source>Prepare brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="38"/>
        <source>Curate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="41"/>
        <source>Editors: review imported facts, sources, conflicts and stale figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="53"/>
        <source>Import articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="57"/>
        <source>Add news articles or reports as sources; their facts become drafts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="64"/>
        <source>Import fact pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="68"/>
        <source>Export fact pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="71"/>
        <source>Curate facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="139"/>
        <source>Import fact pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="158"/>
        <source>Imported the pack: {0} facts added, {1} updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="174"/>
        <source>Wrote the fact pack ({0} facts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/editor_mode.py" line="110"/>
        <source>%n approved fact(s) without English</source>
        <translation>
            <numerusform>%n approved fact without English</numerusform>
            <numerusform>%n approved facts without English</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/editor_mode.py" line="125"/>
        <source>%n approved fact(s) without Vietnamese</source>
        <translation>
            <numerusform>%n approved fact without Vietnamese</numerusform>
            <numerusform>%n approved facts without Vietnamese</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../briefer/ui/notice_bar.py" line="27"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../briefer/ui/models/outline.py" line="140"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/outline.py" line="140"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/models/outline.py" line="176"/>
        <source>{0}: %n item(s)</source>
        <translation>
            <numerusform>{0}: %n item</numerusform>
            <numerusform>{0}: %n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/outline.py" line="185"/>
        <source>(empty paragraph)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <location filename="../../briefer/ui/curate.py" line="193"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="195"/>
        <source>Approve the selected facts for briefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="196"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="198"/>
        <source>Open the selected fact in the fact editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="199"/>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="201"/>
        <source>Retire the selected drafts, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="256"/>
        <source>Reject facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/curate.py" line="257"/>
        <source>Why reject %n fact(s)? (optional; kept in the history)</source>
        <translation>
            <numerusform>Why reject %n fact? (optional; kept in the history)</numerusform>
            <numerusform>Why reject %n facts? (optional; kept in the history)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="234"/>
        <source>Any confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="237"/>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="240"/>
        <location filename="../../briefer/ui/curate.py" line="316"/>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="263"/>
        <source>Approve the selected drafts for briefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="267"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="269"/>
        <source>Retire the selected drafts (the pane&apos;s reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="270"/>
        <source>Undo decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="272"/>
        <source>Take back the last decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="321"/>
        <source>{0} — {1} of {2} drafts left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="346"/>
        <source>Drafts: {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <location filename="../../briefer/ui/models/hits.py" line="49"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/hits.py" line="50"/>
        <source>Where it matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/hits.py" line="51"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/hits.py" line="52"/>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/hits.py" line="77"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/hits.py" line="77"/>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="186"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="187"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="188"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <location filename="../../briefer/ui/source_pane.py" line="47"/>
        <location filename="../../briefer/ui/source_pane.py" line="102"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/source_pane.py" line="61"/>
        <source>Select a fact or a citation to read its source here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/source_pane.py" line="93"/>
        <source>The source of this citation is missing from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/source_pane.py" line="119"/>
        <source>Open the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/source_pane.py" line="129"/>
        <source>The quoted words are no longer at their place in this source; check the citation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <location filename="../../briefer/ui/curate.py" line="399"/>
        <source>Choose a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="414"/>
        <source>Removed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="414"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="421"/>
        <location filename="../../briefer/ui/curate.py" line="488"/>
        <source>Show removed noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="425"/>
        <source>What the importer dropped from this article (players, captions, sidebars…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="428"/>
        <source>New fact from selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="431"/>
        <source>Select the words a fact rests on, then make a draft fact citing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="434"/>
        <source>Import articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="479"/>
        <source>(untitled source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="488"/>
        <source>Hide removed noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="513"/>
        <source>Nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaleView</name>
    <message>
        <location filename="../../briefer/ui/curate.py" line="350"/>
        <source>Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="351"/>
        <source>Take the selected figures out of briefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="352"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="373"/>
        <source>Retire figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="373"/>
        <source>Why retire them? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningsModel</name>
    <message>
        <location filename="../../briefer/ui/models/warnings.py" line="49"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/warnings.py" line="49"/>
        <source>What to look at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <location filename="../../briefer/ui/warnings_panel.py" line="55"/>
        <location filename="../../briefer/ui/warnings_panel.py" line="75"/>
        <source>No warnings: every figure is current, translated and cited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/warnings_panel.py" line="72"/>
        <source>Warnings about the open brief appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftQueueModel</name>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="185"/>
        <source>Already approved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="186"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/models/review.py" line="195"/>
        <source>Disagrees with %n fact(s)</source>
        <translation>
            <numerusform>Disagrees with %n fact</numerusform>
            <numerusform>Disagrees with %n facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/models/review.py" line="197"/>
        <source>Duplicate of %n fact(s)</source>
        <translation>
            <numerusform>Duplicate of %n fact</numerusform>
            <numerusform>Duplicate of %n facts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="58"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="59"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="60"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="69"/>
        <source>Same fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="70"/>
        <source>Disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="71"/>
        <source>Older figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="115"/>
        <source>Whole source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="117"/>
        <source>Open the whole source with the quote selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="136"/>
        <source>Approved facts that say the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="142"/>
        <source>Same fact — add as second source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="145"/>
        <source>The approved fact gains this quote as a citation; the draft is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="147"/>
        <source>Newer figure — supersede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="149"/>
        <source>Approve this draft and retire the older fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="150"/>
        <source>Different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="152"/>
        <source>Not the same fact: stop showing it beside this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="153"/>
        <source>Open conflict view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="183"/>
        <source>English statement (Enter takes the suggestion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="189"/>
        <source>Use suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="191"/>
        <source>Take the suggested English statement (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="208"/>
        <source>e.g. 2023 or 2024-01..2024-09</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="215"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="216"/>
        <source>Vietnamese leader abroad (outbound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="217"/>
        <source>Partner&apos;s leader in Viet Nam (inbound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="230"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="231"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="232"/>
        <source>Event date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="241"/>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="246"/>
        <source>Statement (vi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="247"/>
        <source>Statement (en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="250"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="251"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="252"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="253"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="256"/>
        <source>As it will read in a brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="274"/>
        <source>Reason if you reject (optional; kept in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="279"/>
        <source>Enter: take the suggestion · Ctrl+Enter: accept · Ctrl+R: reject · Ctrl+J / Ctrl+K: next / previous · Ctrl+U: undo · Esc: back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="334"/>
        <source>Choose a draft in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="372"/>
        <source>Suggested: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="374"/>
        <source>No suggestion for this kind of fact; see the terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="377"/>
        <source>Terms: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="406"/>
        <source>This draft cites no source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="440"/>
        <source>Proposed because: {0} — confidence {1} ({2} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="447"/>
        <source>Not proposed by the importer (made by hand or earlier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="487"/>
        <source>The value must be a number, such as 1300000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="495"/>
        <source>EN  (no English yet: an English brief would warn and leave it out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="522"/>
        <source>Approved facts that say the same or disagree: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="524"/>
        <source>No approved fact says the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt/desk/briefer/ui/review_pane.py" line="82"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt/desk/briefer/ui/review_pane.py" line="83"/>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt/desk/briefer/ui/review_pane.py" line="84"/>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt/desk/briefer/ui/review_pane.py" line="85"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt/desk/briefer/ui/review_pane.py" line="86"/>
        <source>rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt/desk/briefer/ui/review_pane.py" line="87"/>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt/desk/briefer/ui/review_pane.py" line="88"/>
        <source>proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt/desk/briefer/ui/review_pane.py" line="89"/>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt/desk/briefer/ui/review_pane.py" line="244"/>
        <source>e.g. trade.total (for duplicates and conflicts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/wt/desk/briefer/ui/review_pane.py" line="276"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
