<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Bugs</name>
    <message>
        <location filename="../../briefer/ui/bugs.py" line="49"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/bugs.py" line="61"/>
        <source>Briefer</source>
        <translation>Briefer</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/bugs.py" line="73"/>
        <source>Briefer ran into a bug and could not finish what you asked. Your brief is saved. Please report this to the Briefer team and attach the log file:
{0}</source>
        <translation>Briefer gặp lỗi phần mềm nên chưa hoàn thành được thao tác vừa yêu cầu. Tài liệu của anh/chị đã được lưu. Xin báo lỗi này cho nhóm phát triển Briefer, kèm theo tệp nhật ký:
{0}</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/bugs.py" line="78"/>
        <source>Bug</source>
        <translation>Lỗi phần mềm</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <location filename="../../briefer/ui/main_window.py" line="0"/>
        <source>Add %n fact(s)</source>
        <translation>
            <numerusform>Thêm %n dữ kiện</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/commands.py" line="0"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Xóa %n mục</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/commands.py" line="54"/>
        <source>Move to another section</source>
        <translation>Chuyển sang phần khác</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/commands.py" line="56"/>
        <source>Reorder items</source>
        <translation>Sắp xếp lại các mục</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/commands.py" line="65"/>
        <source>Move item up</source>
        <translation>Chuyển mục lên</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/commands.py" line="67"/>
        <source>Move item down</source>
        <translation>Chuyển mục xuống</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/commands.py" line="114"/>
        <source>Edit wording</source>
        <translation>Sửa câu chữ</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/commands.py" line="139"/>
        <source>Cite a fact</source>
        <translation>Trích dẫn một dữ kiện</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/commands.py" line="142"/>
        <source>Remove a citation</source>
        <translation>Bỏ một trích dẫn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/commands.py" line="150"/>
        <source>Change the marking</source>
        <translation>Đổi độ mật</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="832"/>
        <source>Add a paragraph</source>
        <translation>Thêm đoạn văn</translation>
    </message>
    <message>
        <source>Change the title page</source>
        <translation>Đổi trang bìa</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../briefer/ui/curate.py" line="285"/>
        <source>Prefer this</source>
        <translation>Ưu tiên số liệu này</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="286"/>
        <source>Briefs show this figure for its metric and period</source>
        <translation>Tài liệu sẽ dùng số liệu này cho chỉ số và kỳ của nó</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="287"/>
        <source>Deprecate…</source>
        <translation>Loại bỏ…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="288"/>
        <source>Never show this figure in a brief</source>
        <translation>Không bao giờ đưa số liệu này vào tài liệu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="289"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="322"/>
        <source>Deprecate figure</source>
        <translation>Loại bỏ số liệu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="322"/>
        <source>Why is this figure wrong? (optional)</source>
        <translation>Vì sao số liệu này sai? (không bắt buộc)</translation>
    </message>
</context>
<context>
    <name>CurateWorkspace</name>
    <message>
        <location filename="../../briefer/ui/curate.py" line="183"/>
        <source>Facts proposed by the importer and new facts wait here as drafts. Accept the sound ones, edit what needs it, reject the rest (kept, with your reason, never deleted).</source>
        <translation>Dữ kiện do chức năng nhập đề xuất và dữ kiện mới chờ duyệt ở đây dưới dạng nháp. Duyệt dữ kiện đúng, sửa dữ kiện cần sửa, từ chối phần còn lại (được giữ lại cùng lý do, không bao giờ bị xóa).</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="276"/>
        <source>Approved figures for the same metric and period that disagree, shown group by group. Prefer the one briefs should use, or deprecate the wrong one.</source>
        <translation>Các số liệu đã duyệt cho cùng chỉ số và kỳ nhưng không khớp nhau, theo từng nhóm. Hãy ưu tiên số liệu tài liệu nên dùng, hoặc loại bỏ số liệu sai.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="342"/>
        <source>Approved figures older than their staleness limit (trade after 18 months, other figures after 24). Update them from a newer source, or retire them.</source>
        <translation>Số liệu đã duyệt quá hạn sử dụng (thương mại sau 18 tháng, số liệu khác sau 24 tháng). Hãy cập nhật từ nguồn mới hơn hoặc ngừng dùng.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="573"/>
        <source>Review queue</source>
        <translation>Hàng chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="574"/>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="575"/>
        <source>Conflicts</source>
        <translation>Mâu thuẫn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="576"/>
        <source>Stale figures</source>
        <translation>Số liệu cũ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/curate.py" line="648"/>
        <source>Accepted %n fact(s).</source>
        <translation>
            <numerusform>Đã duyệt %n dữ kiện.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/curate.py" line="656"/>
        <source>Rejected %n fact(s); they stay in the history.</source>
        <translation>
            <numerusform>Đã từ chối %n dữ kiện; chúng vẫn được lưu trong lịch sử.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/curate.py" line="664"/>
        <source>Retired %n fact(s).</source>
        <translation>
            <numerusform>Đã ngừng dùng %n dữ kiện.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="671"/>
        <source>Briefs now show the preferred figure.</source>
        <translation>Tài liệu từ nay dùng số liệu được ưu tiên.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="678"/>
        <source>The figure is deprecated and left out of briefs.</source>
        <translation>Số liệu đã bị loại bỏ và không đưa vào tài liệu.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="685"/>
        <source>The fact is saved.</source>
        <translation>Đã lưu dữ kiện.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="694"/>
        <source>A draft fact was made from the selection.</source>
        <translation>Đã tạo một dữ kiện nháp từ đoạn được chọn.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="706"/>
        <source>Import articles</source>
        <translation>Nhập bài viết</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="708"/>
        <source>Articles (*.txt *.html *.htm *.docx *.pdf *.md);;All files (*)</source>
        <translation>Bài viết (*.txt *.html *.htm *.docx *.pdf *.md);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="721"/>
        <source>Importing {0}… {1}%</source>
        <translation>Đang nhập {0}… {1}%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/curate.py" line="732"/>
        <source>Imported %n file(s); </source>
        <translation>
            <numerusform>Đã nhập %n tệp; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/curate.py" line="733"/>
        <source>%n draft fact(s) to review.</source>
        <translation>
            <numerusform>%n dữ kiện nháp chờ duyệt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="196"/>
        <source>Drafts proposed by the importer, beside their source. Accept the sound ones, edit what needs it, settle duplicates, reject the rest (kept, never deleted).</source>
        <translation>Các dữ kiện nháp do chương trình nhập đề xuất, đặt cạnh nguồn của chúng. Duyệt những dữ kiện đúng, sửa những gì cần sửa, xử lý các bản trùng, từ chối phần còn lại (vẫn được lưu, không bao giờ bị xóa).</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="973"/>
        <source>The approved fact now cites this source too; the draft is closed.</source>
        <translation>Dữ kiện đã duyệt nay trích dẫn thêm nguồn này; bản nháp đã được đóng.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="983"/>
        <source>The draft is approved and the older fact retired.</source>
        <translation>Bản nháp đã được duyệt và dữ kiện cũ hơn đã ngừng dùng.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="992"/>
        <source>Marked as a different fact.</source>
        <translation>Đã đánh dấu là dữ kiện khác.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="997"/>
        <source>There is no decision to undo.</source>
        <translation>Không có quyết định nào để hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="1004"/>
        <source>The last decision is undone.</source>
        <translation>Đã hoàn tác quyết định gần nhất.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="1037"/>
        <source>{0}: {1} of {2} sections have approved facts</source>
        <translation>{0}: {1}/{2} phần đã có dữ kiện được duyệt</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="1041"/>
        <source>empty: {0}</source>
        <translation>còn trống: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" />
        <source>An import</source>
        <translation>Việc nhập bài</translation>
    </message>
</context>
<context>
    <name>DamagedStore</name>
    <message>
        <location filename="../../briefer/ui/damaged.py" line="29"/>
        <location filename="../../briefer/ui/damaged.py" line="56"/>
        <source>To go back to a backup, run: briefer restore</source>
        <translation>Để quay lại một bản sao lưu, hãy chạy: briefer restore</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/damaged.py" line="40"/>
        <source>The store cannot be used</source>
        <translation>Không dùng được kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/damaged.py" line="51"/>
        <source>Restore the backup of {0}</source>
        <translation>Khôi phục bản sao lưu lúc {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/damaged.py" line="61"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/damaged.py" line="80"/>
        <source>Restored the backup {0}; the damaged store was set aside.</source>
        <translation>Đã khôi phục bản sao lưu {0}; kho bị hỏng đã được cất riêng.</translation>
    </message>
</context>
<context>
    <name>EditorFactModel</name>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="88"/>
        <source>Statement</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="89"/>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="90"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="91"/>
        <source>Pair</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="92"/>
        <source>Value / period</source>
        <translation>Giá trị / kỳ</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="93"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="94"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="95"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="77"/>
        <source>Export the brief</source>
        <translation>Xuất tài liệu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="119"/>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="120"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="121"/>
        <source>Both</source>
        <translation>Cả hai</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="131"/>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="139"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="145"/>
        <source>No marking</source>
        <translation>Không ghi độ mật</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="148"/>
        <source>Marking</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="154"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="158"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="163"/>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="166"/>
        <source>Do not export while the brief has warnings</source>
        <translation>Không xuất khi tài liệu còn cảnh báo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/export_dialog.py" line="175"/>
        <source>This brief has %n warning(s); they are listed in the Warnings panel.</source>
        <translation>
            <numerusform>Tài liệu còn %n cảnh báo; xem chi tiết ở khung Cảnh báo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="198"/>
        <source>Open the Word file</source>
        <translation>Mở tệp Word</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="199"/>
        <source>Open the PDF</source>
        <translation>Mở tệp PDF</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="200"/>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="213"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="215"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="228"/>
        <location filename="../../briefer/ui/export_dialog.py" line="261"/>
        <source>(no marking)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="246"/>
        <source>Choose the folder</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="271"/>
        <source>Choose a folder that exists for the exported files.</source>
        <translation>Hãy chọn một thư mục có sẵn để lưu các tệp xuất ra.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="274"/>
        <source>Type a file name for the exported brief.</source>
        <translation>Hãy nhập tên tệp cho tài liệu xuất ra.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="306"/>
        <location filename="../../briefer/ui/export_dialog.py" line="322"/>
        <source>Preparing the document…</source>
        <translation>Đang chuẩn bị văn bản…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="312"/>
        <source>Replace the files?</source>
        <translation>Thay thế các tệp?</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="313"/>
        <source>These files already exist and will be replaced:
{0}</source>
        <translation>Các tệp sau đã có và sẽ bị thay thế:
{0}</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="323"/>
        <source>Writing the Word file…</source>
        <translation>Đang ghi tệp Word…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="324"/>
        <source>Writing the PDF…</source>
        <translation>Đang ghi tệp PDF…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="325"/>
        <source>Done.</source>
        <translation>Hoàn tất.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="336"/>
        <source>Saved {0} in {1}.</source>
        <translation>Đã lưu {0} vào {1}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/export_dialog.py" line="338"/>
        <source>The brief still has %n warning(s).</source>
        <translation>
            <numerusform>Tài liệu vẫn còn %n cảnh báo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="355"/>
        <source>The export failed because of a bug; details are in the log.</source>
        <translation>Không xuất được do lỗi phần mềm; chi tiết có trong tệp nhật ký.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/export_dialog.py" line="374"/>
        <source>The export is still running…</source>
        <translation>Đang xuất tài liệu, xin chờ…</translation>
    </message>
    <message>
        <source>Title page…</source>
        <translation>Trang bìa…</translation>
    </message>
    <message>
        <source>Title page</source>
        <translation>Trang bìa</translation>
    </message>
    <message>
        <source>Issuing unit, number, place and date, visit dates and venue</source>
        <translation>Cơ quan ban hành, số, địa danh và ngày tháng, thời gian và địa điểm chuyến thăm</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Xem trước bản in</translation>
    </message>
    <message>
        <source>No program to open {0}: showing it here.</source>
        <translation>Không có chương trình mở được {0}: hiển thị ngay tại đây.</translation>
    </message>
    <message>
        <source>No program on this computer opens {0}; export a PDF to preview it here.</source>
        <translation>Máy này không có chương trình mở được {0}; hãy xuất thêm PDF để xem trước tại đây.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 brief has %n warning(s):</source>
        <translation>
            <numerusform>Tài liệu %1 có %n cảnh báo:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the Warnings panel.</source>
        <translation>
            <numerusform>… và %n cảnh báo khác trong bảng Cảnh báo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPackDialog</name>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="193"/>
        <location filename="../../briefer/ui/pack_dialogs.py" line="247"/>
        <source>Export fact pack</source>
        <translation>Xuất gói dữ kiện</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="208"/>
        <source>Pairs</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="209"/>
        <source>Include draft facts</source>
        <translation>Gồm cả dữ kiện nháp</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="210"/>
        <source>Include retired facts</source>
        <translation>Gồm cả dữ kiện đã ngừng dùng</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="218"/>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="222"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="229"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="232"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="256"/>
        <source>Choose at least one pair.</source>
        <translation>Hãy chọn ít nhất một quan hệ.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="259"/>
        <source>Choose the file to write.</source>
        <translation>Hãy chọn tệp để ghi.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="264"/>
        <source>Writing the pack…</source>
        <translation>Đang ghi gói…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" />
        <source>Writing the pack</source>
        <translation>Việc ghi gói dữ kiện</translation>
    </message>
</context>
<context>
    <name>FactBrowser</name>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="117"/>
        <source>Facts and sources</source>
        <translation>Dữ kiện và nguồn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="129"/>
        <source>Search facts, with or without accents (e.g. Luong Cuong)</source>
        <translation>Tìm dữ kiện, gõ có dấu hoặc không dấu (vd. Luong Cuong)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="138"/>
        <source>All topics</source>
        <translation>Mọi chủ đề</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="142"/>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="146"/>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="151"/>
        <location filename="../../briefer/ui/fact_browser.py" line="156"/>
        <source>Any date</source>
        <translation>Mọi thời gian</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="152"/>
        <source>since </source>
        <translation>từ năm </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="154"/>
        <source>Only facts about this year or later</source>
        <translation>Chỉ các dữ kiện từ năm này trở về sau</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="233"/>
        <source>Facts</source>
        <translation>Dữ kiện</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="234"/>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="240"/>
        <source>Add to brief</source>
        <translation>Thêm vào tài liệu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="244"/>
        <source>Add the selected facts to the brief, in the section of their topic. You can also drag them into the outline.</source>
        <translation>Thêm các dữ kiện đang chọn vào tài liệu, đúng phần theo chủ đề. Cũng có thể kéo thả chúng vào dàn ý.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="298"/>
        <location filename="../../briefer/ui/fact_browser.py" line="310"/>
        <source>Facts ({0})</source>
        <translation>Dữ kiện ({0})</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_browser.py" line="299"/>
        <source>Sources ({0})</source>
        <translation>Nguồn ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/fact_browser.py" line="316"/>
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n dữ kiện</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/fact_browser.py" line="318"/>
        <source>{0} of %n fact(s)</source>
        <translation>
            <numerusform>{0} trên %n dữ kiện</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactEditor</name>
    <message>
        <source>From the fact pack of {0}, received {1} (revision {2}).</source>
        <translation>Từ gói dữ kiện của {0}, nhận ngày {1} (phiên bản {2}).</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="73"/>
        <source>Edit fact</source>
        <translation>Sửa dữ kiện</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="103"/>
        <source>e.g. 1971-03-25 or 2007-05</source>
        <translation>vd. 1971-03-25 hoặc 2007-05</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="105"/>
        <source>the date the value holds at</source>
        <translation>ngày giá trị có hiệu lực</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="107"/>
        <source>e.g. 2023 or 2024-01..2024-09</source>
        <translation>vd. 2023 hoặc 2024-01..2024-09</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="109"/>
        <source>a number, e.g. 1300000000</source>
        <translation>một số, vd. 1300000000</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="114"/>
        <source>e.g. trade.total (for conflict checks)</source>
        <translation>vd. trade.total (để phát hiện mâu thuẫn)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="122"/>
        <source>Event date</source>
        <translation>Ngày sự kiện</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="123"/>
        <source>As of</source>
        <translation>Tính đến</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="124"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="139"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="139"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="147"/>
        <source>Statement (Vietnamese)</source>
        <translation>Nội dung (tiếng Việt)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="148"/>
        <source>Statement (English)</source>
        <translation>Nội dung (tiếng Anh)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="149"/>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="150"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="151"/>
        <source>Dates</source>
        <translation>Ngày tháng</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="152"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="153"/>
        <source>Metric</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="164"/>
        <source>Citation (the exact words of the source; read-only)</source>
        <translation>Trích dẫn (nguyên văn của nguồn; chỉ đọc)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="180"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="181"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="213"/>
        <source>This fact cites no source yet.</source>
        <translation>Dữ kiện này chưa trích dẫn nguồn nào.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="217"/>
        <source>Source: {0}</source>
        <translation>Nguồn: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="220"/>
        <source>Edit fact · {0} · revision {1}</source>
        <translation>Sửa dữ kiện · {0} · phiên bản {1}</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="252"/>
        <source>The value must be a number, such as 1300000000 or 1,3.</source>
        <translation>Giá trị phải là một số, chẳng hạn 1300000000 hoặc 1,3.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="256"/>
        <source>A fact needs a statement in Vietnamese.</source>
        <translation>Dữ kiện cần có nội dung bằng tiếng Việt.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" />
        <source>Saving the fact</source>
        <translation>Việc lưu dữ kiện</translation>
    </message>
</context>
<context>
    <name>FactTableModel</name>
    <message>
        <location filename="../../briefer/ui/models/facts.py" line="86"/>
        <source>Fact</source>
        <translation>Dữ kiện</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/facts.py" line="87"/>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/facts.py" line="88"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/facts.py" line="89"/>
        <source>Date</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/facts.py" line="90"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Found in its source's words: “{0}”</source>
        <translation>Tìm thấy trong lời văn của nguồn: “{0}”</translation>
    </message>
</context>
<context>
    <name>FactTablePanel</name>
    <message>
        <location filename="../../briefer/ui/curate.py" line="104"/>
        <location filename="../../briefer/ui/curate.py" line="139"/>
        <source>All pairs</source>
        <translation>Mọi quan hệ</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="150"/>
        <source>Facts: {0}</source>
        <translation>Dữ kiện: {0}</translation>
    </message>
</context>
<context>
    <name>ImportPackDialog</name>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="48"/>
        <source>Import fact pack</source>
        <translation>Nhập gói dữ kiện</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="59"/>
        <source>Pack: {0}</source>
        <translation>Gói: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="61"/>
        <source>Reading the pack…</source>
        <translation>Đang đọc gói…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="73"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="78"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="113"/>
        <source>From {0}, made {1}. Nothing is written until you choose Import.</source>
        <translation>Từ {0}, tạo lúc {1}. Chưa có gì được ghi cho đến khi bạn chọn Nhập.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="114"/>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="119"/>
        <source>Would add {0} facts, update {1}, leave {2} unchanged; {3} conflicts kept side by side; {4} new sources.</source>
        <translation>Sẽ thêm {0} dữ kiện, cập nhật {1}, giữ nguyên {2}; {3} mâu thuẫn được giữ song song; {4} nguồn mới.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="131"/>
        <source>Added</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="132"/>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="133"/>
        <source>Kept (newer here)</source>
        <translation>Giữ (bản ở đây mới hơn)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="139"/>
        <source>Conflict: {0} — here “{1}”, in the pack “{2}”</source>
        <translation>Mâu thuẫn: {0} — ở đây “{1}”, trong gói “{2}”</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="148"/>
        <source>Nothing to import.</source>
        <translation>Không có gì để nhập.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="178"/>
        <source>Nothing was changed.</source>
        <translation>Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" line="180"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/pack_dialogs.py" />
        <source>A pack import</source>
        <translation>Việc nhập gói dữ kiện</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="98"/>
        <source>The fact, as the store has it</source>
        <translation>Dữ kiện, như trong kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="112"/>
        <source>Use the fact's wording</source>
        <translation>Dùng lại câu của dữ kiện</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="114"/>
        <source>Drop this brief's own wording and show the fact's statement again.</source>
        <translation>Bỏ câu chữ riêng của tài liệu này và dùng lại nguyên văn dữ kiện.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="134"/>
        <source>Sources cited</source>
        <translation>Nguồn trích dẫn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="136"/>
        <source>Cite selected fact</source>
        <translation>Trích dẫn dữ kiện đang chọn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="138"/>
        <source>Cite the fact selected in the fact browser as a source of this item.</source>
        <translation>Lấy dữ kiện đang chọn ở khung Dữ kiện làm nguồn cho mục này.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="141"/>
        <source>Remove citation</source>
        <translation>Bỏ trích dẫn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="174"/>
        <source>Select an item in the outline to edit its wording and sources.</source>
        <translation>Chọn một mục trong dàn ý để sửa câu chữ và nguồn của mục đó.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="177"/>
        <source>Pick a country pair and a brief type in the toolbar, then press “New brief” — or open a saved brief from File → Open recent.</source>
        <translation>Chọn quan hệ song phương và loại tài liệu trên thanh công cụ, rồi bấm “Tạo tài liệu” — hoặc mở tài liệu đã lưu qua Tệp → Mở gần đây.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="202"/>
        <source>(This fact is no longer in the store.)</source>
        <translation>(Dữ kiện này không còn trong kho dữ liệu.)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="207"/>
        <source>Wording in this brief</source>
        <translation>Câu chữ trong tài liệu này</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="207"/>
        <source>Your text</source>
        <translation>Nội dung của anh/chị</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="237"/>
        <source>Type the paragraph or talking point in Vietnamese.</source>
        <translation>Nhập đoạn văn hoặc gợi ý trao đổi bằng tiếng Việt.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="239"/>
        <source>Type the paragraph or talking point in English.</source>
        <translation>Nhập đoạn văn hoặc gợi ý trao đổi bằng tiếng Anh.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="242"/>
        <source>No Vietnamese wording yet.</source>
        <translation>Chưa có câu chữ tiếng Việt.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="218"/>
        <source>Use the computed line</source>
        <translation>Dùng lại dòng tính từ dữ kiện</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="220"/>
        <source>Drop this brief's own wording and show the line computed from the current facts again.</source>
        <translation>Bỏ câu chữ riêng của tài liệu này và dùng lại dòng tính từ các dữ kiện hiện có.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="282"/>
        <source>Nothing to compute this line from: its facts were retired or no longer say it. Type the line here, or remove the item.</source>
        <translation>Không còn dữ kiện để tính dòng này: các dữ kiện đã bị gỡ hoặc không còn nêu điều đó. Hãy gõ câu vào đây, hoặc xoá mục này.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="244"/>
        <source>No English wording yet: type it here, or the Vietnamese is used.</source>
        <translation>Chưa có câu chữ tiếng Anh: nhập tại đây, nếu không sẽ dùng bản tiếng Việt.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="256"/>
        <source>[{0}] A cited fact is missing from the store.</source>
        <translation>[{0}] Một dữ kiện được trích dẫn không còn trong kho dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="263"/>
        <source>[{0}] {1}
This fact has no source.</source>
        <translation>[{0}] {1}
Dữ kiện này chưa có nguồn.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/item_editor.py" line="282"/>
        <source>Sources cited ({0})</source>
        <translation>Nguồn trích dẫn ({0})</translation>
    </message>
    <message>
        <source>{0} — needs update</source>
        <translation>{0} — cần cập nhật</translation>
    </message>
    <message>
        <source>The {0} wording needs an update: the item was edited in the other language since.</source>
        <translation>Lời văn {0} cần cập nhật: mục này đã được sửa ở ngôn ngữ kia sau đó.</translation>
    </message>
    <message>
        <source>No English wording yet: type it here. An English brief never prints the Vietnamese in its place; it warns “no English”.</source>
        <translation>Chưa có lời văn tiếng Anh: hãy nhập tại đây. Tài liệu tiếng Anh không bao giờ in tiếng Việt vào chỗ này; nó cảnh báo “chưa có tiếng Anh”.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../briefer/ui/labels.py" line="16"/>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="17"/>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="18"/>
        <source>Statement</source>
        <translation>Nhận định</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="25"/>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="26"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="27"/>
        <source>Retired</source>
        <translation>Ngừng dùng</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="34"/>
        <source>Fact from the store</source>
        <translation>Dữ kiện trong kho</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="35"/>
        <source>Officer's own text</source>
        <translation>Nội dung do cán bộ viết</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="36"/>
        <source>Computed line</source>
        <translation>Dòng tự tính</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="43"/>
        <source>Outdated figure</source>
        <translation>Số liệu cũ</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="44"/>
        <source>Conflicting figures</source>
        <translation>Số liệu mâu thuẫn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="45"/>
        <source>Not translated</source>
        <translation>Chưa dịch</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="46"/>
        <source>No source cited</source>
        <translation>Chưa trích nguồn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="54"/>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/labels.py" line="55"/>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="42"/>
        <source>exact</source>
        <translation>chính xác</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="43"/>
        <source>about (gần)</source>
        <translation>khoảng (gần)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="44"/>
        <source>more than (hơn, vượt)</source>
        <translation>hơn (hơn, vượt)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/fact_editor.py" line="45"/>
        <source>less than (dưới)</source>
        <translation>dưới (dưới)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="36"/>
        <source>Preferred</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="37"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="38"/>
        <source>Deprecated</source>
        <translation>Loại bỏ</translation>
    </message>
    <message>
        <source>Needs update</source>
        <translation>Cần cập nhật</translation>
    </message>
    <message>
        <source>Source details missing</source>
        <translation>Thiếu thông tin nguồn</translation>
    </message>
    <message>
        <source>Does not fit one page</source>
        <translation>Không vừa một trang</translation>
    </message>
    <message>
        <source>No approved facts</source>
        <translation>Chưa có dữ kiện đã duyệt</translation>
    </message>
    <message>
        <source>Computed line left out</source>
        <translation>Dòng tính sẵn bị bỏ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="135"/>
        <source>New brief</source>
        <translation>Tạo tài liệu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="139"/>
        <source>Assemble a new brief for the chosen pair and brief type</source>
        <translation>Soạn tài liệu mới cho quan hệ và loại tài liệu đã chọn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="142"/>
        <source>Export…</source>
        <translation>Xuất tài liệu…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="146"/>
        <source>Write the brief as a Word file, a PDF, or both</source>
        <translation>Xuất tài liệu ra tệp Word, PDF hoặc cả hai</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="148"/>
        <source>Delete this brief…</source>
        <translation>Xóa tài liệu này…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="149"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="153"/>
        <location filename="../../briefer/ui/main_window.py" line="754"/>
        <location filename="../../briefer/ui/main_window.py" line="756"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="156"/>
        <location filename="../../briefer/ui/main_window.py" line="755"/>
        <location filename="../../briefer/ui/main_window.py" line="757"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="159"/>
        <source>Add paragraph</source>
        <translation>Thêm đoạn văn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="163"/>
        <source>Add a paragraph of your own after the selected item</source>
        <translation>Thêm một đoạn văn của anh/chị ngay sau mục đang chọn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="166"/>
        <source>Add talking point</source>
        <translation>Thêm gợi ý trao đổi</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="170"/>
        <source>Add a talking point at the end of the talking points</source>
        <translation>Thêm một gợi ý vào cuối phần Gợi ý nội dung trao đổi</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="173"/>
        <source>Delete item</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="177"/>
        <source>Remove the selected items from the brief</source>
        <translation>Bỏ các mục đang chọn khỏi tài liệu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="181"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="184"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="187"/>
        <source>Add selected facts to the brief</source>
        <translation>Thêm dữ kiện đang chọn vào tài liệu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="193"/>
        <source>Cite selected fact in this item</source>
        <translation>Trích dẫn dữ kiện đang chọn cho mục này</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="199"/>
        <source>Find facts</source>
        <translation>Tìm dữ kiện</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="201"/>
        <location filename="../../briefer/ui/main_window.py" line="932"/>
        <source>About Briefer</source>
        <translation>Giới thiệu Briefer</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="203"/>
        <source>Open the log folder</source>
        <translation>Mở thư mục nhật ký</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="216"/>
        <location filename="../../briefer/ui/main_window.py" line="245"/>
        <source>Brief</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="227"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="241"/>
        <source>The language the new brief is written in</source>
        <translation>Ngôn ngữ của tài liệu sẽ tạo</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="244"/>
        <source>Pair</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="246"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="305"/>
        <location filename="../../briefer/ui/main_window.py" line="685"/>
        <source>Brief outline</source>
        <translation>Dàn ý tài liệu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="344"/>
        <location filename="../../briefer/ui/main_window.py" line="701"/>
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="355"/>
        <source>Warnings panel</source>
        <translation>Khung cảnh báo</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="360"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="362"/>
        <source>Open recent</source>
        <translation>Mở gần đây</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="373"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="393"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="395"/>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="399"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="411"/>
        <source>Opening the store…</source>
        <translation>Đang mở kho dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="467"/>
        <source>The store could not be opened.</source>
        <translation>Không mở được kho dữ liệu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/main_window.py" line="487"/>
        <source>{0}  (%n fact(s))</source>
        <translation>
            <numerusform>{0}  (%n dữ kiện)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/main_window.py" line="570"/>
        <source>Opened “{0}” (%n item(s)).</source>
        <translation>
            <numerusform>Đã mở “{0}” (%n mục).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="495"/>
        <source>{0} in {1} · {2}</source>
        <translation>{0}, {1} · {2}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/main_window.py" line="495"/>
        <source>%n approved fact(s)</source>
        <translation>
            <numerusform>%n dữ kiện đã duyệt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/main_window.py" line="495"/>
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n quan hệ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="309"/>
        <source>Selected item</source>
        <translation>Mục đang chọn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="501"/>
        <source>The store has no approved facts yet.</source>
        <translation>Kho dữ liệu chưa có dữ kiện nào được duyệt.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="523"/>
        <source>Choose a country pair first.</source>
        <translation>Hãy chọn quan hệ song phương trước.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="534"/>
        <source>Assembling the brief…</source>
        <translation>Đang soạn tài liệu…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="544"/>
        <source>This brief is no longer in the store.</source>
        <translation>Tài liệu này không còn trong kho dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="551"/>
        <source>Opening the brief…</source>
        <translation>Đang mở tài liệu…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/main_window.py" line="581"/>
        <source>%n fact(s) used in this brief changed since it was last exported: check the wording before you export again.</source>
        <translation>
            <numerusform>%n dữ kiện dùng trong tài liệu này đã thay đổi từ lần xuất trước: hãy kiểm tra lại câu chữ trước khi xuất lại.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="586"/>
        <source>Show them</source>
        <translation>Xem các dữ kiện</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="601"/>
        <source>deleted from the store</source>
        <translation>đã bị xóa khỏi kho</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="603"/>
        <source>retired</source>
        <translation>đã ngừng dùng</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="605"/>
        <source>revised ({0} → {1})</source>
        <translation>đã sửa (phiên bản {0} → {1})</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="618"/>
        <source>Facts changed since export</source>
        <translation>Dữ kiện thay đổi từ lần xuất trước</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="623"/>
        <location filename="../../briefer/ui/main_window.py" line="940"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="639"/>
        <source>No saved briefs yet</source>
        <translation>Chưa có tài liệu đã lưu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="647"/>
        <source>Last changed {0}</source>
        <translation>Sửa lần cuối {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="656"/>
        <source>Delete this brief?</source>
        <translation>Xóa tài liệu này?</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="657"/>
        <source>Delete “{0}” from the store? Exported files are kept.</source>
        <translation>Xóa “{0}” khỏi kho dữ liệu? Các tệp đã xuất vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="663"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="664"/>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/main_window.py" line="689"/>
        <source>Brief outline · %n item(s)</source>
        <translation>
            <numerusform>Dàn ý tài liệu · %n mục</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="701"/>
        <source>Warnings ({0})</source>
        <translation>Cảnh báo ({0})</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="706"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="708"/>
        <source>All changes saved</source>
        <translation>Đã lưu mọi thay đổi</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="710"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="712"/>
        <source>Could not save: {0}</source>
        <translation>Không lưu được: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/main_window.py" line="726"/>
        <source>%n fact(s) match “{0}”.</source>
        <translation>
            <numerusform>%n dữ kiện khớp với “{0}”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="754"/>
        <source>Undo: {0}</source>
        <translation>Hoàn tác: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="755"/>
        <source>Redo: {0}</source>
        <translation>Làm lại: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="782"/>
        <source>Select facts in the fact browser first.</source>
        <translation>Hãy chọn dữ kiện ở khung Dữ kiện trước.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="797"/>
        <source>This fact is already in the brief.</source>
        <translation>Dữ kiện này đã có trong tài liệu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/main_window.py" line="818"/>
        <source>Added %n fact(s) to the brief.</source>
        <translation>
            <numerusform>Đã thêm %n dữ kiện vào tài liệu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="865"/>
        <source>Select the fact to cite in the fact browser first.</source>
        <translation>Hãy chọn dữ kiện cần trích dẫn ở khung Dữ kiện trước.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="915"/>
        <source>Exported {0}.</source>
        <translation>Đã xuất {0}.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="928"/>
        <source>The new language applies the next time Briefer starts.</source>
        <translation>Ngôn ngữ mới sẽ áp dụng từ lần mở Briefer tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" line="936"/>
        <source>&lt;b&gt;Briefer {0}&lt;/b&gt;&lt;br&gt;Citation-linked briefing notes for official visits.&lt;br&gt;&lt;br&gt;Every factual sentence carries its source. Works offline.</source>
        <translation>&lt;b&gt;Briefer {0}&lt;/b&gt;&lt;br&gt;Soạn tài liệu phục vụ các chuyến thăm chính thức, có trích dẫn nguồn.&lt;br&gt;&lt;br&gt;Mọi câu nêu sự kiện, số liệu đều kèm nguồn. Hoạt động không cần mạng.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="37"/>
        <source>Prepare brief</source>
        <translation>Soạn tài liệu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="38"/>
        <source>Curate</source>
        <translation>Biên tập</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="41"/>
        <source>Editors: review imported facts, sources, conflicts and stale figures</source>
        <translation>Dành cho biên tập viên: duyệt dữ kiện đã nhập, nguồn, mâu thuẫn và số liệu cũ</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="53"/>
        <source>Import articles…</source>
        <translation>Nhập bài viết…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="57"/>
        <source>Add news articles or reports as sources; their facts become drafts to review</source>
        <translation>Thêm bài báo hoặc báo cáo làm nguồn; dữ kiện trong đó thành bản nháp chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="64"/>
        <source>Import fact pack…</source>
        <translation>Nhập gói dữ kiện…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="68"/>
        <source>Export fact pack…</source>
        <translation>Xuất gói dữ kiện…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="71"/>
        <source>Curate facts</source>
        <translation>Biên tập dữ kiện</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="139"/>
        <source>Import fact pack</source>
        <translation>Nhập gói dữ kiện</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="158"/>
        <source>Imported the pack: {0} facts added, {1} updated.</source>
        <translation>Đã nhập gói: thêm {0} dữ kiện, cập nhật {1}.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="174"/>
        <source>Wrote the fact pack ({0} facts).</source>
        <translation>Đã ghi gói dữ kiện ({0} dữ kiện).</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Xem trước bản in…</translation>
    </message>
    <message>
        <source>See the brief's pages as they will print, and print them</source>
        <translation>Xem các trang tài liệu như khi in, và in</translation>
    </message>
    <message>
        <source>Preparing the print preview…</source>
        <translation>Đang chuẩn bị bản xem trước…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/editor_mode.py" line="110"/>
        <source>%n approved fact(s) without English</source>
        <translation>
            <numerusform>%n dữ kiện đã duyệt chưa có tiếng Anh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/editor_mode.py" line="125"/>
        <source>%n approved fact(s) without Vietnamese</source>
        <translation>
            <numerusform>%n dữ kiện đã duyệt chưa có tiếng Việt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/editor_mode.py" line="130"/>
        <source>Translate them in Edit fact (the fact browser or Curate) before exporting a brief in that language.</source>
        <translation>Hãy dịch trong Sửa dữ kiện (trình duyệt dữ kiện hoặc Biên tập) trước khi xuất tài liệu bằng ngôn ngữ đó.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/brief_files.py" />
        <source>Brief changed elsewhere</source>
        <translation>Tài liệu đã được thay đổi ở nơi khác</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/brief_files.py" />
        <source>Reload shows the brief as it was saved elsewhere (your unsaved edits are dropped). Keep mine as a copy saves your version as a new brief; the other stays as it is.</source>
        <translation>Tải lại hiển thị tài liệu như đã được lưu ở nơi khác (các thay đổi chưa lưu của bạn bị bỏ). Giữ bản của tôi thành bản sao lưu phiên bản của bạn thành một tài liệu mới; bản kia giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/brief_files.py" />
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/brief_files.py" />
        <source>Keep mine as a copy</source>
        <translation>Giữ bản của tôi thành bản sao</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" />
        <source>{0} (not saved)</source>
        <translation>{0} (chưa lưu)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" />
        <source>The brief is not saved</source>
        <translation>Tài liệu chưa được lưu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" />
        <source>Your latest changes to this brief could not be saved.</source>
        <translation>Không lưu được những thay đổi mới nhất của tài liệu này.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" />
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" />
        <source>Quit without saving</source>
        <translation>Thoát mà không lưu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" />
        <source>A change to the store</source>
        <translation>Một thay đổi trong kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" />
        <source>Still working</source>
        <translation>Vẫn đang làm việc</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" />
        <source>{0} is still running.</source>
        <translation>{0} vẫn đang chạy.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" />
        <source>Stopping it now keeps nothing of what it has not finished saving.</source>
        <translation>Dừng ngay bây giờ thì những gì chưa lưu xong sẽ không được giữ lại.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" />
        <source>Stop it and quit</source>
        <translation>Dừng và thoát</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/main_window.py" />
        <source>Keep working</source>
        <translation>Tiếp tục làm việc</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/brief_files.py" />
        <source>Making the new brief</source>
        <translation>Đang tạo tài liệu mới</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../briefer/ui/notice_bar.py" line="27"/>
        <source>Dismiss</source>
        <translation>Ẩn</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../briefer/ui/models/outline.py" line="140"/>
        <source>Outline</source>
        <translation>Dàn ý</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/outline.py" line="140"/>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/models/outline.py" line="176"/>
        <source>{0}: %n item(s)</source>
        <translation>
            <numerusform>{0}: %n mục</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/outline.py" line="185"/>
        <source>(empty paragraph)</source>
        <translation>(đoạn văn trống)</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <location filename="../../briefer/ui/curate.py" line="193"/>
        <source>Accept</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="195"/>
        <source>Approve the selected facts for briefs</source>
        <translation>Duyệt các dữ kiện đã chọn để dùng trong tài liệu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="196"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="198"/>
        <source>Open the selected fact in the fact editor</source>
        <translation>Mở dữ kiện đã chọn để sửa</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="199"/>
        <source>Reject…</source>
        <translation>Từ chối…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="201"/>
        <source>Retire the selected drafts, with a reason</source>
        <translation>Ngừng dùng các dữ kiện nháp đã chọn, kèm lý do</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="256"/>
        <source>Reject facts</source>
        <translation>Từ chối dữ kiện</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/curate.py" line="257"/>
        <source>Why reject %n fact(s)? (optional; kept in the history)</source>
        <translation>
            <numerusform>Vì sao từ chối %n dữ kiện? (không bắt buộc; được lưu trong lịch sử)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="234"/>
        <source>Any confidence</source>
        <translation>Mọi độ tin cậy</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="237"/>
        <source>All topics</source>
        <translation>Mọi chủ đề</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="240"/>
        <location filename="../../briefer/ui/curate.py" line="316"/>
        <source>All sources</source>
        <translation>Mọi nguồn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="263"/>
        <source>Approve the selected drafts for briefs</source>
        <translation>Duyệt các bản nháp đã chọn để dùng trong tài liệu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="267"/>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="269"/>
        <source>Retire the selected drafts (the pane's reason)</source>
        <translation>Ngừng dùng các bản nháp đã chọn (với lý do ghi ở khung bên)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="270"/>
        <source>Undo decision</source>
        <translation>Hoàn tác quyết định</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="272"/>
        <source>Take back the last decision</source>
        <translation>Hoàn tác quyết định gần nhất</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="321"/>
        <source>{0} — {1} of {2} drafts left</source>
        <translation>{0} — còn {1}/{2} bản nháp</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="346"/>
        <source>Drafts: {0} of {1}</source>
        <translation>Bản nháp: {0}/{1}</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <location filename="../../briefer/ui/models/hits.py" line="49"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/hits.py" line="50"/>
        <source>Where it matches</source>
        <translation>Đoạn khớp</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/hits.py" line="51"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/hits.py" line="52"/>
        <source>Relevance</source>
        <translation>Mức liên quan</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/hits.py" line="77"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/hits.py" line="77"/>
        <source>Fact</source>
        <translation>Dữ kiện</translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="186"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="187"/>
        <source>Outlet</source>
        <translation>Cơ quan báo chí</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="188"/>
        <source>Published</source>
        <translation>Ngày đăng</translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <location filename="../../briefer/ui/source_pane.py" line="47"/>
        <location filename="../../briefer/ui/source_pane.py" line="102"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/source_pane.py" line="61"/>
        <source>Select a fact or a citation to read its source here.</source>
        <translation>Chọn một dữ kiện hoặc trích dẫn để đọc nguồn tại đây.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/source_pane.py" line="93"/>
        <source>The source of this citation is missing from the store.</source>
        <translation>Nguồn của trích dẫn này không còn trong kho dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/source_pane.py" line="119"/>
        <source>Open the original</source>
        <translation>Mở bản gốc</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/source_pane.py" line="129"/>
        <source>The quoted words are no longer at their place in this source; check the citation.</source>
        <translation>Đoạn trích không còn ở đúng vị trí trong nguồn này; cần kiểm tra lại trích dẫn.</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Sửa thông tin…</translation>
    </message>
    <message>
        <source>Fill in or correct the outlet, author, web address and date of this source.</source>
        <translation>Điền hoặc sửa cơ quan báo chí, tác giả, địa chỉ web và ngày đăng của nguồn này.</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <location filename="../../briefer/ui/curate.py" line="399"/>
        <source>Choose a source</source>
        <translation>Chọn một nguồn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="414"/>
        <source>Removed text</source>
        <translation>Phần đã loại bỏ</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="414"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="421"/>
        <location filename="../../briefer/ui/curate.py" line="488"/>
        <source>Show removed noise</source>
        <translation>Hiện phần nhiễu đã loại bỏ</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="425"/>
        <source>What the importer dropped from this article (players, captions, sidebars…)</source>
        <translation>Những gì chức năng nhập đã bỏ khỏi bài này (trình phát, chú thích ảnh, tin liên quan…)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="428"/>
        <source>New fact from selection</source>
        <translation>Dữ kiện mới từ đoạn chọn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="431"/>
        <source>Select the words a fact rests on, then make a draft fact citing them</source>
        <translation>Chọn những từ làm căn cứ cho dữ kiện, rồi tạo dữ kiện nháp trích dẫn chúng</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="434"/>
        <source>Import articles…</source>
        <translation>Nhập bài viết…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="479"/>
        <source>(untitled source)</source>
        <translation>(nguồn không có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="488"/>
        <source>Hide removed noise</source>
        <translation>Ẩn phần nhiễu đã loại bỏ</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="513"/>
        <source>Nothing was removed.</source>
        <translation>Không có gì bị loại bỏ.</translation>
    </message>
</context>
<context>
    <name>StaleView</name>
    <message>
        <location filename="../../briefer/ui/curate.py" line="350"/>
        <source>Retire…</source>
        <translation>Ngừng dùng…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="351"/>
        <source>Take the selected figures out of briefs</source>
        <translation>Đưa các số liệu đã chọn ra khỏi tài liệu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="352"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="373"/>
        <source>Retire figures</source>
        <translation>Ngừng dùng số liệu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/curate.py" line="373"/>
        <source>Why retire them? (optional)</source>
        <translation>Vì sao ngừng dùng? (không bắt buộc)</translation>
    </message>
</context>
<context>
    <name>WarningsModel</name>
    <message>
        <location filename="../../briefer/ui/models/warnings.py" line="49"/>
        <source>Check</source>
        <translation>Loại kiểm tra</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/warnings.py" line="49"/>
        <source>What to look at</source>
        <translation>Nội dung cần xem</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <location filename="../../briefer/ui/warnings_panel.py" line="55"/>
        <location filename="../../briefer/ui/warnings_panel.py" line="75"/>
        <source>No warnings: every figure is current, translated and cited.</source>
        <translation>Không có cảnh báo: mọi số liệu đều cập nhật, đã dịch và có nguồn.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/warnings_panel.py" line="72"/>
        <source>Warnings about the open brief appear here.</source>
        <translation>Cảnh báo về tài liệu đang mở hiển thị tại đây.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Print preview — {0}</source>
        <translation>Xem trước bản in — {0}</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Thu phóng</translation>
    </message>
    <message>
        <source>Print the brief</source>
        <translation>In tài liệu</translation>
    </message>
</context>
<context>
    <name>TitlePageDialog</name>
    <message>
        <source>Title page</source>
        <translation>Trang bìa</translation>
    </message>
    <message>
        <source>Decree 30 (national header)</source>
        <translation>Theo Nghị định 30 (có Quốc hiệu, Tiêu ngữ)</translation>
    </message>
    <message>
        <source>Letterhead only</source>
        <translation>Chỉ tên cơ quan</translation>
    </message>
    <message>
        <source>Issuing unit (Vietnamese)</source>
        <translation>Cơ quan ban hành (tiếng Việt)</translation>
    </message>
    <message>
        <source>Issuing unit (English)</source>
        <translation>Cơ quan ban hành (tiếng Anh)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Place (Vietnamese)</source>
        <translation>Địa danh (tiếng Việt)</translation>
    </message>
    <message>
        <source>Place (English)</source>
        <translation>Địa danh (tiếng Anh)</translation>
    </message>
    <message>
        <source>Visit dates</source>
        <translation>Thời gian chuyến thăm</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>House style</source>
        <translation>Thể thức</translation>
    </message>
</context>
<context>
    <name>DraftQueueModel</name>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="185"/>
        <source>Already approved?</source>
        <translation>Đã có trong kho?</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/models/review.py" line="186"/>
        <source>Confidence</source>
        <translation>Độ tin cậy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/models/review.py" line="195"/>
        <source>Disagrees with %n fact(s)</source>
        <translation>
            <numerusform>Khác số liệu của %n dữ kiện</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefer/ui/models/review.py" line="197"/>
        <source>Duplicate of %n fact(s)</source>
        <translation>
            <numerusform>Trùng với %n dữ kiện</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="58"/>
        <source>high</source>
        <translation>cao</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="59"/>
        <source>medium</source>
        <translation>trung bình</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="60"/>
        <source>low</source>
        <translation>thấp</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="69"/>
        <source>Same fact</source>
        <translation>Cùng dữ kiện</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="70"/>
        <source>Disagrees</source>
        <translation>Không khớp</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="71"/>
        <source>Older figure</source>
        <translation>Số liệu cũ hơn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="115"/>
        <source>Whole source</source>
        <translation>Xem toàn bộ nguồn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="117"/>
        <source>Open the whole source with the quote selected</source>
        <translation>Mở toàn bộ nguồn, đánh dấu sẵn đoạn trích</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="136"/>
        <source>Approved facts that say the same</source>
        <translation>Dữ kiện đã duyệt có cùng nội dung</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="142"/>
        <source>Same fact — add as second source</source>
        <translation>Cùng dữ kiện — thêm làm nguồn thứ hai</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="145"/>
        <source>The approved fact gains this quote as a citation; the draft is closed</source>
        <translation>Dữ kiện đã duyệt được thêm trích dẫn này; bản nháp được đóng</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="147"/>
        <source>Newer figure — supersede</source>
        <translation>Số liệu mới hơn — thay thế</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="149"/>
        <source>Approve this draft and retire the older fact</source>
        <translation>Duyệt bản nháp này và ngừng dùng dữ kiện cũ</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="150"/>
        <source>Different</source>
        <translation>Khác nhau</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="152"/>
        <source>Not the same fact: stop showing it beside this draft</source>
        <translation>Không phải cùng dữ kiện: thôi hiển thị cạnh bản nháp này</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="153"/>
        <source>Open conflict view</source>
        <translation>Mở phần Mâu thuẫn</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="183"/>
        <source>English statement (Enter takes the suggestion)</source>
        <translation>Nội dung tiếng Anh (Enter để dùng gợi ý)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="189"/>
        <source>Use suggestion</source>
        <translation>Dùng gợi ý</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="191"/>
        <source>Take the suggested English statement (Enter)</source>
        <translation>Dùng câu tiếng Anh được gợi ý (Enter)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="208"/>
        <source>e.g. 2023 or 2024-01..2024-09</source>
        <translation>ví dụ 2023 hoặc 2024-01..2024-09</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="215"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="216"/>
        <source>Vietnamese leader abroad (outbound)</source>
        <translation>Lãnh đạo Việt Nam thăm nước ngoài (chiều đi)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="217"/>
        <source>Partner's leader in Viet Nam (inbound)</source>
        <translation>Lãnh đạo nước bạn thăm Việt Nam (chiều đến)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="230"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="231"/>
        <source>As of</source>
        <translation>Tính đến</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="232"/>
        <source>Event date</source>
        <translation>Ngày sự kiện</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="241"/>
        <source>Pair</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="246"/>
        <source>Statement (vi)</source>
        <translation>Nội dung (vi)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="247"/>
        <source>Statement (en)</source>
        <translation>Nội dung (en)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="250"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="251"/>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="252"/>
        <source>Visit</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="253"/>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="256"/>
        <source>As it will read in a brief</source>
        <translation>Câu sẽ in trong tài liệu</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="274"/>
        <source>Reason if you reject (optional; kept in the history)</source>
        <translation>Lý do nếu từ chối (không bắt buộc; được lưu trong lịch sử)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="279"/>
        <source>Enter: take the suggestion · Ctrl+Enter: accept · Ctrl+R: reject · Ctrl+J / Ctrl+K: next / previous · Ctrl+U: undo · Esc: back to the queue</source>
        <translation>Enter: dùng gợi ý · Ctrl+Enter: duyệt · Ctrl+R: từ chối · Ctrl+J / Ctrl+K: bản sau / bản trước · Ctrl+U: hoàn tác · Esc: về hàng chờ</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="334"/>
        <source>Choose a draft in the queue</source>
        <translation>Chọn một bản nháp trong hàng chờ</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="372"/>
        <source>Suggested: {0}</source>
        <translation>Gợi ý: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="374"/>
        <source>No suggestion for this kind of fact; see the terms.</source>
        <translation>Chưa có gợi ý cho loại dữ kiện này; xem các thuật ngữ.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="377"/>
        <source>Terms: {0}</source>
        <translation>Thuật ngữ: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="406"/>
        <source>This draft cites no source.</source>
        <translation>Bản nháp này chưa trích dẫn nguồn nào.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="440"/>
        <source>Proposed because: {0} — confidence {1} ({2} %)</source>
        <translation>Được đề xuất vì: {0} — độ tin cậy {1} ({2} %)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="447"/>
        <source>Not proposed by the importer (made by hand or earlier).</source>
        <translation>Không do chương trình nhập đề xuất (tạo thủ công hoặc từ trước).</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="487"/>
        <source>The value must be a number, such as 1300000000.</source>
        <translation>Giá trị phải là số, ví dụ 1300000000.</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="495"/>
        <source>EN  (no English yet: an English brief would warn and leave it out)</source>
        <translation>EN  (chưa có tiếng Anh: tài liệu tiếng Anh sẽ cảnh báo và bỏ dữ kiện này)</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="522"/>
        <source>Approved facts that say the same or disagree: {0}</source>
        <translation>Dữ kiện đã duyệt trùng hoặc không khớp: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/review_pane.py" line="524"/>
        <source>No approved fact says the same.</source>
        <translation>Chưa có dữ kiện đã duyệt nào cùng nội dung.</translation>
    </message>
    <message>
        <location filename="../../work/wt/desk/briefer/ui/review_pane.py" line="82"/>
        <source>amount</source>
        <translation>số tiền</translation>
    </message>
    <message>
        <location filename="../../work/wt/desk/briefer/ui/review_pane.py" line="83"/>
        <source>period</source>
        <translation>kỳ</translation>
    </message>
    <message>
        <location filename="../../work/wt/desk/briefer/ui/review_pane.py" line="84"/>
        <source>metric</source>
        <translation>chỉ số</translation>
    </message>
    <message>
        <location filename="../../work/wt/desk/briefer/ui/review_pane.py" line="85"/>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <location filename="../../work/wt/desk/briefer/ui/review_pane.py" line="86"/>
        <source>rank</source>
        <translation>thứ hạng</translation>
    </message>
    <message>
        <location filename="../../work/wt/desk/briefer/ui/review_pane.py" line="87"/>
        <source>topic</source>
        <translation>chủ đề</translation>
    </message>
    <message>
        <location filename="../../work/wt/desk/briefer/ui/review_pane.py" line="88"/>
        <source>proposal</source>
        <translation>đề xuất</translation>
    </message>
    <message>
        <location filename="../../work/wt/desk/briefer/ui/review_pane.py" line="89"/>
        <source>visit</source>
        <translation>chuyến thăm</translation>
    </message>
    <message>
        <location filename="../../work/wt/desk/briefer/ui/review_pane.py" line="244"/>
        <source>e.g. trade.total (for duplicates and conflicts)</source>
        <translation>ví dụ trade.total (để phát hiện trùng lặp và mâu thuẫn)</translation>
    </message>
    <message>
        <location filename="../../work/wt/desk/briefer/ui/review_pane.py" line="276"/>
        <source>Metric</source>
        <translation>Chỉ số</translation>
    </message>
</context>
<context>
    <name>SyncControl</name>
    <message>
        <source>Sync with hub…</source>
        <translation>Đồng bộ với máy chủ chung…</translation>
    </message>
    <message>
        <source>Send your changes to the shared hub and get everyone else's</source>
        <translation>Gửi các thay đổi của bạn lên máy chủ chung và nhận thay đổi của mọi người</translation>
    </message>
    <message>
        <source>Sync conflicts…</source>
        <translation>Xung đột khi đồng bộ…</translation>
    </message>
    <message>
        <source>Make this store classified…</source>
        <translation>Chuyển kho dữ liệu này sang chế độ mật…</translation>
    </message>
    <message>
        <source>An air-gapped store never syncs over a network and takes facts from packs</source>
        <translation>Kho dữ liệu cách ly không bao giờ đồng bộ qua mạng và chỉ nhận dữ kiện từ gói</translation>
    </message>
    <message>
        <source>Classified store: never syncs</source>
        <translation>Kho mật: không đồng bộ</translation>
    </message>
    <message>
        <source>Syncing with the hub…</source>
        <translation>Đang đồng bộ với máy chủ chung…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation>Đang nhận thay đổi…</translation>
    </message>
    <message>
        <source>Sending your changes…</source>
        <translation>Đang gửi thay đổi của bạn…</translation>
    </message>
    <message>
        <source>Classified store</source>
        <translation>Kho mật</translation>
    </message>
    <message>
        <source>A classified store never syncs over a network and takes facts only from pack files. This cannot be undone. Make this store classified?</source>
        <translation>Kho mật không bao giờ đồng bộ qua mạng và chỉ nhận dữ kiện từ tệp gói. Không thể hoàn tác thao tác này. Chuyển kho dữ liệu này sang chế độ mật?</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Sync with hub</source>
        <translation>Đồng bộ với máy chủ chung</translation>
    </message>
    <message>
        <source>Hub address (e.g. service=ministry or postgresql://you@hub/briefer):</source>
        <translation>Địa chỉ máy chủ chung (ví dụ service=ministry hoặc postgresql://you@hub/briefer):</translation>
    </message>
    <message>
        <source>Synced: sent {0}, received {1}, {2} conflicts.</source>
        <translation>Đã đồng bộ: gửi {0}, nhận {1}, {2} xung đột.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Bản nhận về</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Giữ bản của tôi</translation>
    </message>
    <message>
        <source>Keep incoming</source>
        <translation>Giữ bản nhận về</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Giữ cả hai</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message>
        <source> — {0} conflicts</source>
        <translation> — {0} xung đột</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(đã xóa)</translation>
    </message>
    <message>
        <source>Last synced {0}</source>
        <translation>Đồng bộ lần cuối {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/ui/sync_control.py" />
        <source>A sync with the team hub</source>
        <translation>Việc đồng bộ với máy chủ nhóm</translation>
    </message>
</context>
<context>
    <name>SharedBriefs</name>
    <message>
        <source>Share with the team</source>
        <translation>Chia sẻ với nhóm</translation>
    </message>
    <message>
        <source>Send this brief to the shared hub at the next sync, for the team to read</source>
        <translation>Gửi tài liệu này lên máy chủ chung ở lần đồng bộ tới để cả nhóm cùng đọc</translation>
    </message>
    <message>
        <source>Team briefs…</source>
        <translation>Tài liệu của nhóm…</translation>
    </message>
    <message>
        <source>Briefs your team shared; copy one to work on it</source>
        <translation>Tài liệu nhóm đã chia sẻ; sao chép một tài liệu để làm việc trên bản sao</translation>
    </message>
    <message>
        <source>Team briefs</source>
        <translation>Tài liệu của nhóm</translation>
    </message>
    <message>
        <source>Shared briefs are read-only; choose one to copy into your own briefs:</source>
        <translation>Tài liệu được chia sẻ chỉ để đọc; chọn một tài liệu để sao chép vào tài liệu của bạn:</translation>
    </message>
    <message>
        <source>“{0}” is shared with the team from the next sync.</source>
        <translation>“{0}” được chia sẻ với nhóm từ lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>“{0}” is no longer shared; the next sync removes it from the hub.</source>
        <translation>“{0}” không còn được chia sẻ; lần đồng bộ tới sẽ gỡ tài liệu khỏi máy chủ chung.</translation>
    </message>
    <message>
        <source>No briefs shared by the team yet (they arrive when you sync).</source>
        <translation>Nhóm chưa chia sẻ tài liệu nào (tài liệu đến khi bạn đồng bộ).</translation>
    </message>
    <message>
        <source>{0} — {1} — {2} (shared by {3})</source>
        <translation>{0} — {1} — {2} ({3} chia sẻ)</translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <source>Source details</source>
        <translation>Thông tin nguồn</translation>
    </message>
    <message>
        <source>Notes and the Sources annex say where this source was published. Fill in what the article itself tells.</source>
        <translation>Chú thích và phụ lục Nguồn ghi nơi nguồn này được đăng. Hãy điền những gì chính bài viết cho biết.</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Cơ quan báo chí</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Web address (URL)</source>
        <translation>Địa chỉ web (URL)</translation>
    </message>
    <message>
        <source>Published on (YYYY-MM-DD)</source>
        <translation>Ngày đăng (YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>BriefSession</name>
    <message>
        <location filename="../../briefer/ui/session.py" />
        <source>Saving the brief</source>
        <translation>Việc lưu tài liệu</translation>
    </message>
</context>
</TS>
