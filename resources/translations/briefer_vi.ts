<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>Bugs</name>
        <message>
            <location filename="../../briefer/ui/bugs.py" line="49" />
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/bugs.py" line="61" />
            <source>Briefer</source>
            <translation>Briefer</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/bugs.py" line="73" />
            <source>Briefer ran into a bug and could not finish what you asked. Your brief is saved. Please report this to the Briefer team and attach the log file:
{0}</source>
            <translation>Briefer gặp lỗi phần mềm nên chưa hoàn thành được thao tác vừa yêu cầu. Tài liệu của anh/chị đã được lưu. Xin báo lỗi này cho nhóm phát triển Briefer, kèm theo tệp nhật ký:
{0}</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/bugs.py" line="78" />
            <source>Bug</source>
            <translation>Lỗi phần mềm</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../briefer/ui/commands.py" line="54" />
            <source>Move to another section</source>
            <translation>Chuyển sang phần khác</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/commands.py" line="56" />
            <source>Reorder items</source>
            <translation>Sắp xếp lại các mục</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/commands.py" line="65" />
            <source>Move item up</source>
            <translation>Chuyển mục lên</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/commands.py" line="67" />
            <source>Move item down</source>
            <translation>Chuyển mục xuống</translation>
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/commands.py" line="94" />
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>Xóa %n mục</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../briefer/ui/commands.py" line="114" />
            <source>Edit wording</source>
            <translation>Sửa câu chữ</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/commands.py" line="139" />
            <source>Cite a fact</source>
            <translation>Trích dẫn một dữ kiện</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/commands.py" line="142" />
            <source>Remove a citation</source>
            <translation>Bỏ một trích dẫn</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/commands.py" line="150" />
            <source>Change the marking</source>
            <translation>Đổi độ mật</translation>
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/main_window.py" line="804" />
            <source>Add %n fact(s)</source>
            <translation>
                <numerusform>Thêm %n dữ kiện</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="821" />
            <source>Add a paragraph</source>
            <translation>Thêm đoạn văn</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="77" />
            <source>Export the brief</source>
            <translation>Xuất tài liệu</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="119" />
            <source>Word (DOCX)</source>
            <translation>Word (DOCX)</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="120" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="121" />
            <source>Both</source>
            <translation>Cả hai</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="131" />
            <source>Format</source>
            <translation>Định dạng</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="139" />
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="145" />
            <source>No marking</source>
            <translation>Không ghi độ mật</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="148" />
            <source>Marking</source>
            <translation>Độ mật</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="154" />
            <source>Choose…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="158" />
            <source>Folder</source>
            <translation>Thư mục</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="163" />
            <source>File name</source>
            <translation>Tên tệp</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="166" />
            <source>Do not export while the brief has warnings</source>
            <translation>Không xuất khi tài liệu còn cảnh báo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/export_dialog.py" line="175" />
            <source>This brief has %n warning(s); they are listed in the Warnings panel.</source>
            <translation>
                <numerusform>Tài liệu còn %n cảnh báo; xem chi tiết ở khung Cảnh báo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="198" />
            <source>Open the Word file</source>
            <translation>Mở tệp Word</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="199" />
            <source>Open the PDF</source>
            <translation>Mở tệp PDF</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="200" />
            <source>Open the folder</source>
            <translation>Mở thư mục</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="213" />
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="215" />
            <source>Export</source>
            <translation>Xuất</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="228" />
            <location filename="../../briefer/ui/export_dialog.py" line="261" />
            <source>(no marking)</source>
            <translation>(không ghi)</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="246" />
            <source>Choose the folder</source>
            <translation>Chọn thư mục</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="271" />
            <source>Choose a folder that exists for the exported files.</source>
            <translation>Hãy chọn một thư mục có sẵn để lưu các tệp xuất ra.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="274" />
            <source>Type a file name for the exported brief.</source>
            <translation>Hãy nhập tên tệp cho tài liệu xuất ra.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="306" />
            <location filename="../../briefer/ui/export_dialog.py" line="322" />
            <source>Preparing the document…</source>
            <translation>Đang chuẩn bị văn bản…</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="312" />
            <source>Replace the files?</source>
            <translation>Thay thế các tệp?</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="313" />
            <source>These files already exist and will be replaced:
{0}</source>
            <translation>Các tệp sau đã có và sẽ bị thay thế:
{0}</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="323" />
            <source>Writing the Word file…</source>
            <translation>Đang ghi tệp Word…</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="324" />
            <source>Writing the PDF…</source>
            <translation>Đang ghi tệp PDF…</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="325" />
            <source>Done.</source>
            <translation>Hoàn tất.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="336" />
            <source>Saved {0} in {1}.</source>
            <translation>Đã lưu {0} vào {1}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/export_dialog.py" line="338" />
            <source>The brief still has %n warning(s).</source>
            <translation>
                <numerusform>Tài liệu vẫn còn %n cảnh báo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="355" />
            <source>The export failed because of a bug; details are in the log.</source>
            <translation>Không xuất được do lỗi phần mềm; chi tiết có trong tệp nhật ký.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/export_dialog.py" line="374" />
            <source>The export is still running…</source>
            <translation>Đang xuất tài liệu, xin chờ…</translation>
        </message>
    </context>
    <context>
        <name>FactBrowser</name>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="117" />
            <source>Facts and sources</source>
            <translation>Dữ kiện và nguồn</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="129" />
            <source>Search facts, with or without accents (e.g. Luong Cuong)</source>
            <translation>Tìm dữ kiện, gõ có dấu hoặc không dấu (vd. Luong Cuong)</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="138" />
            <source>All topics</source>
            <translation>Mọi chủ đề</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="142" />
            <source>All kinds</source>
            <translation>Mọi loại</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="146" />
            <source>Any status</source>
            <translation>Mọi trạng thái</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="151" />
            <location filename="../../briefer/ui/fact_browser.py" line="156" />
            <source>Any date</source>
            <translation>Mọi thời gian</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="152" />
            <source>since </source>
            <translation>từ năm </translation>
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="154" />
            <source>Only facts about this year or later</source>
            <translation>Chỉ các dữ kiện từ năm này trở về sau</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="233" />
            <source>Facts</source>
            <translation>Dữ kiện</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="234" />
            <source>Sources</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="240" />
            <source>Add to brief</source>
            <translation>Thêm vào tài liệu</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="244" />
            <source>Add the selected facts to the brief, in the section of their topic. You can also drag them into the outline.</source>
            <translation>Thêm các dữ kiện đang chọn vào tài liệu, đúng phần theo chủ đề. Cũng có thể kéo thả chúng vào dàn ý.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="298" />
            <location filename="../../briefer/ui/fact_browser.py" line="310" />
            <source>Facts ({0})</source>
            <translation>Dữ kiện ({0})</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/fact_browser.py" line="299" />
            <source>Sources ({0})</source>
            <translation>Nguồn ({0})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/fact_browser.py" line="316" />
            <source>%n fact(s)</source>
            <translation>
                <numerusform>%n dữ kiện</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/fact_browser.py" line="318" />
            <source>{0} of %n fact(s)</source>
            <translation>
                <numerusform>{0} trên %n dữ kiện</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FactTableModel</name>
        <message>
            <location filename="../../briefer/ui/models/facts.py" line="86" />
            <source>Fact</source>
            <translation>Dữ kiện</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/models/facts.py" line="87" />
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/models/facts.py" line="88" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/models/facts.py" line="89" />
            <source>Date</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/models/facts.py" line="90" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
    </context>
    <context>
        <name>ItemEditor</name>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="98" />
            <source>The fact, as the store has it</source>
            <translation>Dữ kiện, như trong kho dữ liệu</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="112" />
            <source>Use the fact's wording</source>
            <translation>Dùng lại câu của dữ kiện</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="114" />
            <source>Drop this brief's own wording and show the fact's statement again.</source>
            <translation>Bỏ câu chữ riêng của tài liệu này và dùng lại nguyên văn dữ kiện.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="134" />
            <source>Sources cited</source>
            <translation>Nguồn trích dẫn</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="136" />
            <source>Cite selected fact</source>
            <translation>Trích dẫn dữ kiện đang chọn</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="138" />
            <source>Cite the fact selected in the fact browser as a source of this item.</source>
            <translation>Lấy dữ kiện đang chọn ở khung Dữ kiện làm nguồn cho mục này.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="141" />
            <source>Remove citation</source>
            <translation>Bỏ trích dẫn</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="174" />
            <source>Select an item in the outline to edit its wording and sources.</source>
            <translation>Chọn một mục trong dàn ý để sửa câu chữ và nguồn của mục đó.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="177" />
            <source>Pick a country pair and a brief type in the toolbar, then press “New brief” — or open a saved brief from File → Open recent.</source>
            <translation>Chọn quan hệ song phương và loại tài liệu trên thanh công cụ, rồi bấm “Tạo tài liệu” — hoặc mở tài liệu đã lưu qua Tệp → Mở gần đây.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="202" />
            <source>(This fact is no longer in the store.)</source>
            <translation>(Dữ kiện này không còn trong kho dữ liệu.)</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="207" />
            <source>Wording in this brief</source>
            <translation>Câu chữ trong tài liệu này</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="207" />
            <source>Your text</source>
            <translation>Nội dung của anh/chị</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="237" />
            <source>Type the paragraph or talking point in Vietnamese.</source>
            <translation>Nhập đoạn văn hoặc gợi ý trao đổi bằng tiếng Việt.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="239" />
            <source>Type the paragraph or talking point in English.</source>
            <translation>Nhập đoạn văn hoặc gợi ý trao đổi bằng tiếng Anh.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="242" />
            <source>No Vietnamese wording yet.</source>
            <translation>Chưa có câu chữ tiếng Việt.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="244" />
            <source>No English wording yet: type it here, or the Vietnamese is used.</source>
            <translation>Chưa có câu chữ tiếng Anh: nhập tại đây, nếu không sẽ dùng bản tiếng Việt.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="256" />
            <source>[{0}] A cited fact is missing from the store.</source>
            <translation>[{0}] Một dữ kiện được trích dẫn không còn trong kho dữ liệu.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="263" />
            <source>[{0}] {1}
This fact has no source.</source>
            <translation>[{0}] {1}
Dữ kiện này chưa có nguồn.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/item_editor.py" line="282" />
            <source>Sources cited ({0})</source>
            <translation>Nguồn trích dẫn ({0})</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../briefer/ui/labels.py" line="16" />
            <source>Event</source>
            <translation>Sự kiện</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="17" />
            <source>Figure</source>
            <translation>Số liệu</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="18" />
            <source>Statement</source>
            <translation>Nhận định</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="25" />
            <source>Draft</source>
            <translation>Bản nháp</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="26" />
            <source>Approved</source>
            <translation>Đã duyệt</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="27" />
            <source>Retired</source>
            <translation>Ngừng dùng</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="34" />
            <source>Fact from the store</source>
            <translation>Dữ kiện trong kho</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="35" />
            <source>Officer's own text</source>
            <translation>Nội dung do cán bộ viết</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="36" />
            <source>Computed line</source>
            <translation>Dòng tự tính</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="43" />
            <source>Outdated figure</source>
            <translation>Số liệu cũ</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="44" />
            <source>Conflicting figures</source>
            <translation>Số liệu mâu thuẫn</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="45" />
            <source>Not translated</source>
            <translation>Chưa dịch</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="46" />
            <source>No source cited</source>
            <translation>Chưa trích nguồn</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="54" />
            <source>Vietnamese</source>
            <translation>Tiếng Việt</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/labels.py" line="55" />
            <source>English</source>
            <translation>Tiếng Anh</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="131" />
            <source>New brief</source>
            <translation>Tạo tài liệu</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="135" />
            <source>Assemble a new brief for the chosen pair and brief type</source>
            <translation>Soạn tài liệu mới cho quan hệ và loại tài liệu đã chọn</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="138" />
            <source>Export…</source>
            <translation>Xuất tài liệu…</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="142" />
            <source>Write the brief as a Word file, a PDF, or both</source>
            <translation>Xuất tài liệu ra tệp Word, PDF hoặc cả hai</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="144" />
            <source>Delete this brief…</source>
            <translation>Xóa tài liệu này…</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="145" />
            <source>Quit</source>
            <translation>Thoát</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="149" />
            <location filename="../../briefer/ui/main_window.py" line="743" />
            <location filename="../../briefer/ui/main_window.py" line="745" />
            <source>Undo</source>
            <translation>Hoàn tác</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="152" />
            <location filename="../../briefer/ui/main_window.py" line="744" />
            <location filename="../../briefer/ui/main_window.py" line="746" />
            <source>Redo</source>
            <translation>Làm lại</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="155" />
            <source>Add paragraph</source>
            <translation>Thêm đoạn văn</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="159" />
            <source>Add a paragraph of your own after the selected item</source>
            <translation>Thêm một đoạn văn của anh/chị ngay sau mục đang chọn</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="162" />
            <source>Add talking point</source>
            <translation>Thêm gợi ý trao đổi</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="166" />
            <source>Add a talking point at the end of the talking points</source>
            <translation>Thêm một gợi ý vào cuối phần Gợi ý nội dung trao đổi</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="169" />
            <source>Delete item</source>
            <translation>Xóa mục</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="173" />
            <source>Remove the selected items from the brief</source>
            <translation>Bỏ các mục đang chọn khỏi tài liệu</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="177" />
            <source>Move up</source>
            <translation>Chuyển lên</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="180" />
            <source>Move down</source>
            <translation>Chuyển xuống</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="183" />
            <source>Add selected facts to the brief</source>
            <translation>Thêm dữ kiện đang chọn vào tài liệu</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="189" />
            <source>Cite selected fact in this item</source>
            <translation>Trích dẫn dữ kiện đang chọn cho mục này</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="195" />
            <source>Find facts</source>
            <translation>Tìm dữ kiện</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="197" />
            <location filename="../../briefer/ui/main_window.py" line="921" />
            <source>About Briefer</source>
            <translation>Giới thiệu Briefer</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="199" />
            <source>Open the log folder</source>
            <translation>Mở thư mục nhật ký</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="212" />
            <location filename="../../briefer/ui/main_window.py" line="241" />
            <source>Brief</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="223" />
            <source>Loading…</source>
            <translation>Đang tải…</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="237" />
            <source>The language the new brief is written in</source>
            <translation>Ngôn ngữ của tài liệu sẽ tạo</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="240" />
            <source>Pair</source>
            <translation>Quan hệ</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="242" />
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="301" />
            <location filename="../../briefer/ui/main_window.py" line="674" />
            <source>Brief outline</source>
            <translation>Dàn ý tài liệu</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="340" />
            <location filename="../../briefer/ui/main_window.py" line="690" />
            <source>Warnings</source>
            <translation>Cảnh báo</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="351" />
            <source>Warnings panel</source>
            <translation>Khung cảnh báo</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="356" />
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="358" />
            <source>Open recent</source>
            <translation>Mở gần đây</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="369" />
            <source>&amp;Edit</source>
            <translation>&amp;Sửa</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="389" />
            <source>&amp;View</source>
            <translation>&amp;Xem</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="391" />
            <source>Interface language</source>
            <translation>Ngôn ngữ giao diện</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="395" />
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="407" />
            <source>Opening the store…</source>
            <translation>Đang mở kho dữ liệu…</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="463" />
            <source>The store could not be opened.</source>
            <translation>Không mở được kho dữ liệu.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/main_window.py" line="476" />
            <source>{0}  (%n fact(s))</source>
            <translation>
                <numerusform>{0}  (%n dữ kiện)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/main_window.py" line="559" />
            <source>Opened “{0}” (%n item(s)).</source>
            <translation>
                <numerusform>Đã mở “{0}” (%n mục).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="484" />
            <source>{0} approved facts in {1} pairs · {2}</source>
            <translation>{0} dữ kiện đã duyệt, {1} quan hệ · {2}</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="305" />
            <source>Selected item</source>
            <translation>Mục đang chọn</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="490" />
            <source>The store has no approved facts yet.</source>
            <translation>Kho dữ liệu chưa có dữ kiện nào được duyệt.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="512" />
            <source>Choose a country pair first.</source>
            <translation>Hãy chọn quan hệ song phương trước.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="523" />
            <source>Assembling the brief…</source>
            <translation>Đang soạn tài liệu…</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="533" />
            <source>This brief is no longer in the store.</source>
            <translation>Tài liệu này không còn trong kho dữ liệu.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="540" />
            <source>Opening the brief…</source>
            <translation>Đang mở tài liệu…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/main_window.py" line="570" />
            <source>%n fact(s) used in this brief changed since it was last exported: check the wording before you export again.</source>
            <translation>
                <numerusform>%n dữ kiện dùng trong tài liệu này đã thay đổi từ lần xuất trước: hãy kiểm tra lại câu chữ trước khi xuất lại.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="575" />
            <source>Show them</source>
            <translation>Xem các dữ kiện</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="590" />
            <source>deleted from the store</source>
            <translation>đã bị xóa khỏi kho</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="592" />
            <source>retired</source>
            <translation>đã ngừng dùng</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="594" />
            <source>revised ({0} → {1})</source>
            <translation>đã sửa (phiên bản {0} → {1})</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="607" />
            <source>Facts changed since export</source>
            <translation>Dữ kiện thay đổi từ lần xuất trước</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="612" />
            <location filename="../../briefer/ui/main_window.py" line="929" />
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="628" />
            <source>No saved briefs yet</source>
            <translation>Chưa có tài liệu đã lưu</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="636" />
            <source>Last changed {0}</source>
            <translation>Sửa lần cuối {0}</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="645" />
            <source>Delete this brief?</source>
            <translation>Xóa tài liệu này?</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="646" />
            <source>Delete “{0}” from the store? Exported files are kept.</source>
            <translation>Xóa “{0}” khỏi kho dữ liệu? Các tệp đã xuất vẫn được giữ nguyên.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="652" />
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="653" />
            <source>Keep</source>
            <translation>Giữ lại</translation>
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/main_window.py" line="678" />
            <source>Brief outline · %n item(s)</source>
            <translation>
                <numerusform>Dàn ý tài liệu · %n mục</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="690" />
            <source>Warnings ({0})</source>
            <translation>Cảnh báo ({0})</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="695" />
            <source>Saving…</source>
            <translation>Đang lưu…</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="697" />
            <source>All changes saved</source>
            <translation>Đã lưu mọi thay đổi</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="699" />
            <source>Not saved</source>
            <translation>Chưa lưu</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="701" />
            <source>Could not save: {0}</source>
            <translation>Không lưu được: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/main_window.py" line="715" />
            <source>%n fact(s) match “{0}”.</source>
            <translation>
                <numerusform>%n dữ kiện khớp với “{0}”.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="743" />
            <source>Undo: {0}</source>
            <translation>Hoàn tác: {0}</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="744" />
            <source>Redo: {0}</source>
            <translation>Làm lại: {0}</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="771" />
            <source>Select facts in the fact browser first.</source>
            <translation>Hãy chọn dữ kiện ở khung Dữ kiện trước.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="786" />
            <source>This fact is already in the brief.</source>
            <translation>Dữ kiện này đã có trong tài liệu.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/main_window.py" line="807" />
            <source>Added %n fact(s) to the brief.</source>
            <translation>
                <numerusform>Đã thêm %n dữ kiện vào tài liệu.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="854" />
            <source>Select the fact to cite in the fact browser first.</source>
            <translation>Hãy chọn dữ kiện cần trích dẫn ở khung Dữ kiện trước.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="904" />
            <source>Exported {0}.</source>
            <translation>Đã xuất {0}.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="917" />
            <source>The new language applies the next time Briefer starts.</source>
            <translation>Ngôn ngữ mới sẽ áp dụng từ lần mở Briefer tiếp theo.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/main_window.py" line="925" />
            <source>&lt;b&gt;Briefer {0}&lt;/b&gt;&lt;br&gt;Citation-linked briefing notes for official visits.&lt;br&gt;&lt;br&gt;Every factual sentence carries its source. Works offline.</source>
            <translation>&lt;b&gt;Briefer {0}&lt;/b&gt;&lt;br&gt;Soạn tài liệu phục vụ các chuyến thăm chính thức, có trích dẫn nguồn.&lt;br&gt;&lt;br&gt;Mọi câu nêu sự kiện, số liệu đều kèm nguồn. Hoạt động không cần mạng.</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <location filename="../../briefer/ui/notice_bar.py" line="27" />
            <source>Dismiss</source>
            <translation>Ẩn</translation>
        </message>
    </context>
    <context>
        <name>OutlineModel</name>
        <message>
            <location filename="../../briefer/ui/models/outline.py" line="140" />
            <source>Outline</source>
            <translation>Dàn ý</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/models/outline.py" line="140" />
            <source>Sources</source>
            <translation>Nguồn</translation>
        </message>
        <message numerus="yes">
            <location filename="../../briefer/ui/models/outline.py" line="176" />
            <source>{0}: %n item(s)</source>
            <translation>
                <numerusform>{0}: %n mục</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../briefer/ui/models/outline.py" line="185" />
            <source>(empty paragraph)</source>
            <translation>(đoạn văn trống)</translation>
        </message>
    </context>
    <context>
        <name>SearchHitModel</name>
        <message>
            <location filename="../../briefer/ui/models/hits.py" line="49" />
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/models/hits.py" line="50" />
            <source>Where it matches</source>
            <translation>Đoạn khớp</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/models/hits.py" line="51" />
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/models/hits.py" line="52" />
            <source>Relevance</source>
            <translation>Mức liên quan</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/models/hits.py" line="77" />
            <source>Source</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/models/hits.py" line="77" />
            <source>Fact</source>
            <translation>Dữ kiện</translation>
        </message>
    </context>
    <context>
        <name>SourcePane</name>
        <message>
            <location filename="../../briefer/ui/source_pane.py" line="47" />
            <location filename="../../briefer/ui/source_pane.py" line="102" />
            <source>Source</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/source_pane.py" line="61" />
            <source>Select a fact or a citation to read its source here.</source>
            <translation>Chọn một dữ kiện hoặc trích dẫn để đọc nguồn tại đây.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/source_pane.py" line="93" />
            <source>The source of this citation is missing from the store.</source>
            <translation>Nguồn của trích dẫn này không còn trong kho dữ liệu.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/source_pane.py" line="119" />
            <source>Open the original</source>
            <translation>Mở bản gốc</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/source_pane.py" line="129" />
            <source>The quoted words are no longer at their place in this source; check the citation.</source>
            <translation>Đoạn trích không còn ở đúng vị trí trong nguồn này; cần kiểm tra lại trích dẫn.</translation>
        </message>
    </context>
    <context>
        <name>WarningsModel</name>
        <message>
            <location filename="../../briefer/ui/models/warnings.py" line="49" />
            <source>Check</source>
            <translation>Loại kiểm tra</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/models/warnings.py" line="49" />
            <source>What to look at</source>
            <translation>Nội dung cần xem</translation>
        </message>
    </context>
    <context>
        <name>WarningsPanel</name>
        <message>
            <location filename="../../briefer/ui/warnings_panel.py" line="55" />
            <location filename="../../briefer/ui/warnings_panel.py" line="75" />
            <source>No warnings: every figure is current, translated and cited.</source>
            <translation>Không có cảnh báo: mọi số liệu đều cập nhật, đã dịch và có nguồn.</translation>
        </message>
        <message>
            <location filename="../../briefer/ui/warnings_panel.py" line="72" />
            <source>Warnings about the open brief appear here.</source>
            <translation>Cảnh báo về tài liệu đang mở hiển thị tại đây.</translation>
        </message>
    </context>
</TS>