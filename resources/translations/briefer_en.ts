<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Bugs</name>
        <message>
            <location filename="../../briefer/ui/bugs.py" line="49" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/bugs.py" line="61" />
            <source>Briefer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/bugs.py" line="73" />
            <source>Briefer ran into a bug and could not finish what you asked. Your brief is saved. Please report this to the Briefer team and attach the log file:
{0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/bugs.py" line="78" />
            <source>Bug</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../briefer/ui/commands.py" line="54" />
            <source>Move to another section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/commands.py" line="56" />
            <source>Reorder items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/commands.py" line="65" />
            <source>Move item up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/commands.py" line="67" />
            <source>Move item down</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/commands.py" line="94" />
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>Delete %n item</numerusform>
                <numerusform>Delete %n items</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../briefer/ui/commands.py" line="114" />
            <source>Edit wording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/commands.py" line="139" />
            <source>Cite a fact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/commands.py" line="142" />
            <source>Remove a citation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/commands.py" line="150" />
            <source>Change the marking</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/main_window.py" line="804" />
            <source>Add %n fact(s)</source>
            <translation>
                <numerusform>Add %n fact</numerusform>
                <numerusform>Add %n facts</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="821" />
            <source>Add a paragraph</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="77" />
            <source>Export the brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="119" />
            <source>Word (DOCX)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="120" />
            <source>PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="121" />
            <source>Both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="131" />
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="139" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="145" />
            <source>No marking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="148" />
            <source>Marking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="154" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="158" />
            <source>Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="163" />
            <source>File name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="166" />
            <source>Do not export while the brief has warnings</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/export_dialog.py" line="175" />
            <source>This brief has %n warning(s); they are listed in the Warnings panel.</source>
            <translation>
                <numerusform>This brief has %n warning; they are listed in the Warnings panel.</numerusform>
                <numerusform>This brief has %n warnings; they are listed in the Warnings panel.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="198" />
            <source>Open the Word file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="199" />
            <source>Open the PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="200" />
            <source>Open the folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="213" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="215" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="228" />
            <location filename="../../briefer/ui/export_dialog.py" line="261" />
            <source>(no marking)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="246" />
            <source>Choose the folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="271" />
            <source>Choose a folder that exists for the exported files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="274" />
            <source>Type a file name for the exported brief.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="306" />
            <location filename="../../briefer/ui/export_dialog.py" line="322" />
            <source>Preparing the document…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="312" />
            <source>Replace the files?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="313" />
            <source>These files already exist and will be replaced:
{0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="323" />
            <source>Writing the Word file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="324" />
            <source>Writing the PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="325" />
            <source>Done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="336" />
            <source>Saved {0} in {1}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/export_dialog.py" line="338" />
            <source>The brief still has %n warning(s).</source>
            <translation>
                <numerusform>The brief still has %n warning.</numerusform>
                <numerusform>The brief still has %n warnings.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="355" />
            <source>The export failed because of a bug; details are in the log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="374" />
            <source>The export is still running…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FactBrowser</name>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="117" />
            <source>Facts and sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="129" />
            <source>Search facts, with or without accents (e.g. Luong Cuong)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="138" />
            <source>All topics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="142" />
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="146" />
            <source>Any status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="151" />
            <location filename="../../briefer/ui/fact_browser.py" line="156" />
            <source>Any date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="152" />
            <source>since </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="154" />
            <source>Only facts about this year or later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="233" />
            <source>Facts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="234" />
            <source>Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="240" />
            <source>Add to brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="244" />
            <source>Add the selected facts to the brief, in the section of their topic. You can also drag them into the outline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="298" />
            <location filename="../../briefer/ui/fact_browser.py" line="310" />
            <source>Facts ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="299" />
            <source>Sources ({0})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/fact_browser.py" line="316" />
            <source>%n fact(s)</source>
            <translation>
                <numerusform>%n fact</numerusform>
                <numerusform>%n facts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/fact_browser.py" line="318" />
            <source>{0} of %n fact(s)</source>
            <translation>
                <numerusform>{0} of %n fact</numerusform>
                <numerusform>{0} of %n facts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FactTableModel</name>
        <message>
            <location filename="../../briefer/ui/models/facts.py" line="86" />
            <source>Fact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/models/facts.py" line="87" />
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/models/facts.py" line="88" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/models/facts.py" line="89" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/models/facts.py" line="90" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ItemEditor</name>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="98" />
            <source>The fact, as the store has it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="112" />
            <source>Use the fact's wording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="114" />
            <source>Drop this brief's own wording and show the fact's statement again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="134" />
            <source>Sources cited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="136" />
            <source>Cite selected fact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="138" />
            <source>Cite the fact selected in the fact browser as a source of this item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="141" />
            <source>Remove citation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="174" />
            <source>Select an item in the outline to edit its wording and sources.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="177" />
            <source>Pick a country pair and a brief type in the toolbar, then press “New brief” — or open a saved brief from File → Open recent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="202" />
            <source>(This fact is no longer in the store.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="207" />
            <source>Wording in this brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="207" />
            <source>Your text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="237" />
            <source>Type the paragraph or talking point in Vietnamese.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="239" />
            <source>Type the paragraph or talking point in English.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="242" />
            <source>No Vietnamese wording yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="244" />
            <source>No English wording yet: type it here, or the Vietnamese is used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="256" />
            <source>[{0}] A cited fact is missing from the store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="263" />
            <source>[{0}] {1}
This fact has no source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="282" />
            <source>Sources cited ({0})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../briefer/ui/labels.py" line="16" />
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="17" />
            <source>Figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="18" />
            <source>Statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="25" />
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="26" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="27" />
            <source>Retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="34" />
            <source>Fact from the store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="35" />
            <source>Officer's own text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="36" />
            <source>Computed line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="43" />
            <source>Outdated figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="44" />
            <source>Conflicting figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="45" />
            <source>Not translated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="46" />
            <source>No source cited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="54" />
            <source>Vietnamese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="55" />
            <source>English</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="131" />
            <source>New brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="135" />
            <source>Assemble a new brief for the chosen pair and brief type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="138" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="142" />
            <source>Write the brief as a Word file, a PDF, or both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="144" />
            <source>Delete this brief…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="145" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="149" />
            <location filename="../../briefer/ui/main_window.py" line="743" />
            <location filename="../../briefer/ui/main_window.py" line="745" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="152" />
            <location filename="../../briefer/ui/main_window.py" line="744" />
            <location filename="../../briefer/ui/main_window.py" line="746" />
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="155" />
            <source>Add paragraph</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="159" />
            <source>Add a paragraph of your own after the selected item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="162" />
            <source>Add talking point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="166" />
            <source>Add a talking point at the end of the talking points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="169" />
            <source>Delete item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="173" />
            <source>Remove the selected items from the brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="177" />
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="180" />
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="183" />
            <source>Add selected facts to the brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="189" />
            <source>Cite selected fact in this item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="195" />
            <source>Find facts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="197" />
            <location filename="../../briefer/ui/main_window.py" line="921" />
            <source>About Briefer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="199" />
            <source>Open the log folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="212" />
            <location filename="../../briefer/ui/main_window.py" line="241" />
            <source>Brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="223" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="237" />
            <source>The language the new brief is written in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="240" />
            <source>Pair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="242" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="301" />
            <location filename="../../briefer/ui/main_window.py" line="674" />
            <source>Brief outline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="305" />
            <source>Selected item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="340" />
            <location filename="../../briefer/ui/main_window.py" line="690" />
            <source>Warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="351" />
            <source>Warnings panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="356" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="358" />
            <source>Open recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="369" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="389" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="391" />
            <source>Interface language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="395" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="407" />
            <source>Opening the store…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="463" />
            <source>The store could not be opened.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/main_window.py" line="476" />
            <source>{0}  (%n fact(s))</source>
            <translation>
                <numerusform>{0}  (%n fact)</numerusform>
                <numerusform>{0}  (%n facts)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="484" />
            <source>{0} approved facts in {1} pairs · {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="490" />
            <source>The store has no approved facts yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="512" />
            <source>Choose a country pair first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="523" />
            <source>Assembling the brief…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="533" />
            <source>This brief is no longer in the store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="540" />
            <source>Opening the brief…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/main_window.py" line="559" />
            <source>Opened “{0}” (%n item(s)).</source>
            <translation>
                <numerusform>Opened “{0}” (%n item).</numerusform>
                <numerusform>Opened “{0}” (%n items).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/main_window.py" line="570" />
            <source>%n fact(s) used in this brief changed since it was last exported: check the wording before you export again.</source>
            <translation>
                <numerusform>%n fact used in this brief changed since it was last exported: check the wording before you export again.</numerusform>
                <numerusform>%n facts used in this brief changed since it was last exported: check the wording before you export again.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="575" />
            <source>Show them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="590" />
            <source>deleted from the store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="592" />
            <source>retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="594" />
            <source>revised ({0} → {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="607" />
            <source>Facts changed since export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="612" />
            <location filename="../../briefer/ui/main_window.py" line="929" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="628" />
            <source>No saved briefs yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="636" />
            <source>Last changed {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="645" />
            <source>Delete this brief?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="646" />
            <source>Delete “{0}” from the store? Exported files are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="652" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="653" />
            <source>Keep</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/main_window.py" line="678" />
            <source>Brief outline · %n item(s)</source>
            <translation>
                <numerusform>Brief outline · %n item</numerusform>
                <numerusform>Brief outline · %n items</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="690" />
            <source>Warnings ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="695" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="697" />
            <source>All changes saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="699" />
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="701" />
            <source>Could not save: {0}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/main_window.py" line="715" />
            <source>%n fact(s) match “{0}”.</source>
            <translation>
                <numerusform>%n fact matches “{0}”.</numerusform>
                <numerusform>%n facts match “{0}”.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="743" />
            <source>Undo: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="744" />
            <source>Redo: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="771" />
            <source>Select facts in the fact browser first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="786" />
            <source>This fact is already in the brief.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/main_window.py" line="807" />
            <source>Added %n fact(s) to the brief.</source>
            <translation>
                <numerusform>Added %n fact to the brief.</numerusform>
                <numerusform>Added %n facts to the brief.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="854" />
            <source>Select the fact to cite in the fact browser first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="904" />
            <source>Exported {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="917" />
            <source>The new language applies the next time Briefer starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="925" />
            <source>&lt;b&gt;Briefer {0}&lt;/b&gt;&lt;br&gt;Citation-linked briefing notes for official visits.&lt;br&gt;&lt;br&gt;Every factual sentence carries its source. Works offline.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <location filename="../../briefer/ui/notice_bar.py" line="27" />
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutlineModel</name>
        <message>
            <location filename="../../briefer/ui/models/outline.py" line="140" />
            <source>Outline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/models/outline.py" line="140" />
            <source>Sources</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/models/outline.py" line="176" />
            <source>{0}: %n item(s)</source>
            <translation>
                <numerusform>{0}: %n item</numerusform>
                <numerusform>{0}: %n items</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../briefer/ui/models/outline.py" line="185" />
            <source>(empty paragraph)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchHitModel</name>
        <message>
            <location filename="../../briefer/ui/models/hits.py" line="49" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/models/hits.py" line="50" />
            <source>Where it matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/models/hits.py" line="51" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/models/hits.py" line="52" />
            <source>Relevance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/models/hits.py" line="77" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/models/hits.py" line="77" />
            <source>Fact</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SourcePane</name>
        <message>
            <location filename="../../briefer/ui/source_pane.py" line="47" />
            <location filename="../../briefer/ui/source_pane.py" line="102" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/source_pane.py" line="61" />
            <source>Select a fact or a citation to read its source here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/source_pane.py" line="93" />
            <source>The source of this citation is missing from the store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/source_pane.py" line="119" />
            <source>Open the original</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/source_pane.py" line="129" />
            <source>The quoted words are no longer at their place in this source; check the citation.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WarningsModel</name>
        <message>
            <location filename="../../briefer/ui/models/warnings.py" line="49" />
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/models/warnings.py" line="49" />
            <source>What to look at</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WarningsPanel</name>
        <message>
            <location filename="../../briefer/ui/warnings_panel.py" line="55" />
            <location filename="../../briefer/ui/warnings_panel.py" line="75" />
            <source>No warnings: every figure is current, translated and cited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../briefer/ui/warnings_panel.py" line="72" />
            <source>Warnings about the open brief appear here.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>