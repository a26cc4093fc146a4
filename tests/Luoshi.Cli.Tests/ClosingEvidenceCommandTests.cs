using System.Text;
using System.Text.Json;

namespace Luoshi.Cli.Tests;

/// <summary><c>luoshi closing evidence add|list|remove</c> on the sample report (四会市 2022, T16 lead 人社局, supporting
/// 财政局) with real files: a one-page PDF of 193 bytes and a 1×1 PNG of 67 bytes (their SHA-256 worked out beforehand);
/// files refused by the domain's AttachmentRules (content not its extension, kind, empty, over 10 MB, missing) and
/// callers refused by ClosingRules change nothing; the state rules as on the page and the API.</summary>
public sealed class ClosingEvidenceCommandTests : IDisposable
{
    private const string PdfText = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

    private const string PdfSha = "794abaa4f6f06fc519895c22944a0ab43ad02b4fb32bdefa1952ce81613cb47b";

    private const string PngSha = "ebf4f635a17d10d6eb46ba680b70142419aa3220f228001a036d311a22ee9d2a";

    private static readonly byte[] Png = Convert.FromHexString(
        "89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C4890000000A49444154789C63000100000500010D0A2DB40000000049454E44AE426082");

    private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-evidence-").FullName;

    private string Db => Path.Combine(_directory, "ledger.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private (int ExitCode, string Output, string Error) Run(params string[] args) =>
        CliRun.Luoshi([.. args, "--db", Db, "--as", "督查室王"]);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private int Audited(string action) =>
        Run("audit", "--full", "--limit", "500").Output.Split('\n').Count(l => l.Contains($"  {action}  ", StringComparison.Ordinal));

    [Fact]
    public void LeadUnitAddsListsAndRemoves_BadFilesAndOtherCallersChangeNothing()
    {
        Assert.Equal(0, Run("import", CliRun.Sample, "--region", "四会市", "--year", "2022").ExitCode);
        Assert.Equal(0, Run("units", "import", CliRun.Units).ExitCode);
        Assert.Equal(0, Run("assign", "T16", "--lead", "人社局", "--support", "财政局").ExitCode);
        var pdf = Write("验收报告.pdf", Encoding.ASCII.GetBytes(PdfText));
        var png = Write("现场照片.png", Png);

        var notOpen = Run("closing", "evidence", "add", "T16", pdf, "--unit", "人社局");
        Assert.Equal((4, "luoshi closing evidence add：2022年度年底交账尚未开启\n"), (notOpen.ExitCode, notOpen.Error));
        Assert.Equal(0, Run("closing", "open").ExitCode);

        // Files the rule refuses, named in the reader's language, before the ledger is asked.
        var page = Write("页面.pdf", "<!DOCTYPE html><html><body>not a pdf</body></html>"u8.ToArray());
        var bad = Run("closing", "evidence", "add", "T16", page, "--unit", "人社局");
        Assert.Equal((2, "luoshi closing evidence add：页面.pdf：文件内容与扩展名 .pdf 不符。\n"), (bad.ExitCode, bad.Error));
        var english = CliRun.English("closing", "evidence", "add", "T16", page, "--unit", "人社局", "--db", Db, "--as", "督查室王");
        Assert.Equal((2, "luoshi closing evidence add: 页面.pdf: the content is not a .pdf file.\n"), (english.ExitCode, english.Error));
        var exe = Run("closing", "evidence", "add", "T16", Write("工具.exe", "MZ\x90\0"u8.ToArray()), "--unit", "人社局");
        Assert.Equal((2, "luoshi closing evidence add：工具.exe：只接受 PDF, PNG, JPG, DOCX, XLSX, OFD 文件。\n"), (exe.ExitCode, exe.Error));
        var empty = Run("closing", "evidence", "add", "T16", Write("空.pdf", []), "--unit", "人社局");
        Assert.Equal((2, "luoshi closing evidence add：空.pdf：文件是空的。\n"), (empty.ExitCode, empty.Error));
        // 10 MB + 1 byte = 10,485,761 bytes, refused by its length.
        var large = new byte[(10 * 1024 * 1024) + 1];
        "%PDF-"u8.CopyTo(large);
        var tooLarge = Run("closing", "evidence", "add", "T16", Write("大.pdf", large), "--unit", "人社局");
        Assert.Equal((2, "luoshi closing evidence add：大.pdf：文件超过 10 MB。\n"), (tooLarge.ExitCode, tooLarge.Error));
        var missing = Path.Combine(_directory, "没有.pdf");
        var none = Run("closing", "evidence", "add", "T16", missing, "--unit", "人社局");
        Assert.Equal((3, $"luoshi closing evidence add：{missing}：文件不存在\n"), (none.ExitCode, none.Error));

        // Callers other than the lead unit (ClosingRules, as on the page and the API).
        var supporting = Run("closing", "evidence", "add", "T16", pdf, "--unit", "财政局");
        Assert.Equal((5, "luoshi closing evidence add：配合单位不能报送交账，请由牵头单位报送\n"), (supporting.ExitCode, supporting.Error));
        var outsider = Run("closing", "evidence", "add", "T16", pdf, "--unit", "教育局");
        Assert.Equal((5, "luoshi closing evidence add：该任务不由本单位牵头，不能报送交账\n"), (outsider.ExitCode, outsider.Error));
        var office = Run("closing", "evidence", "add", "T16", pdf);
        Assert.Equal((5, "luoshi closing evidence add：只有牵头单位可以上传佐证材料\n"), (office.ExitCode, office.Error));
        var noTask = Run("closing", "evidence", "add", "T99", pdf, "--unit", "人社局");
        Assert.Equal(3, noTask.ExitCode);

        var nothing = Run("closing", "evidence", "list", "T16", "--unit", "人社局");
        Assert.Equal((0, "尚未上传佐证材料文件\n"), (nothing.ExitCode, nothing.Output));
        Assert.Equal((0, 0), (Audited("attachment.add"), Audited("closing.attach")));

        var first = Run("closing", "evidence", "add", "T16", pdf, "--unit", "人社局");
        Assert.Equal((0, "T16：已上传佐证材料 验收报告.pdf（编号 1，193 字节）\n"), (first.ExitCode, first.Output));
        Assert.Equal("T16：已上传佐证材料 现场照片.png（编号 2，67 字节）\n", Run("closing", "evidence", "add", "T16", png, "--unit", "人社局").Output);
        Assert.Equal((2, 2), (Audited("attachment.add"), Audited("closing.attach")));

        var listed = Run("closing", "evidence", "list", "T16", "--unit", "人社局");
        Assert.Equal(0, listed.ExitCode);
        var lines = listed.Output.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("1  验收报告.pdf  193 字节  督查室王 于 ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith($" 上传  SHA-256 {PdfSha}", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("2  现场照片.png  67 字节  督查室王 于 ", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(PngSha, lines[1], StringComparison.Ordinal);

        using (var json = JsonDocument.Parse(Run("closing", "evidence", "list", "T16", "--format", "json").Output))
        {
            Assert.Equal("T16", json.RootElement.GetProperty("task").GetString());
            var files = json.RootElement.GetProperty("files").EnumerateArray()
                .Select(f => (f.GetProperty("id").GetInt32(), f.GetProperty("name").GetString()!, f.GetProperty("size").GetInt64(), f.GetProperty("sha256").GetString()!))
                .ToList();
            Assert.Equal(new[] { (1, "验收报告.pdf", 193L, PdfSha), (2, "现场照片.png", 67L, PngSha) }, files);
        }

        var notYours = Run("closing", "evidence", "list", "T16", "--unit", "财政局");
        Assert.Equal((5, "luoshi closing evidence list：只有督查室、领导和牵头单位可以查看该任务的佐证材料文件\n"), (notYours.ExitCode, notYours.Error));

        var unknown = Run("closing", "evidence", "remove", "T16", "--id", "99", "--unit", "人社局");
        Assert.Equal((3, "luoshi closing evidence remove：--id：该交账没有编号为 99 的佐证材料\n"), (unknown.ExitCode, unknown.Error));
        var officeRemoves = Run("closing", "evidence", "remove", "T16", "--id", "2");
        Assert.Equal(5, officeRemoves.ExitCode);
        var removed = Run("closing", "evidence", "remove", "T16", "--id", "2", "--unit", "人社局");
        Assert.Equal((0, "T16：已删除编号为 2 的佐证材料\n"), (removed.ExitCode, removed.Output));
        Assert.Equal((1, 1), (Audited("attachment.remove"), Audited("closing.detach")));

        // Submitted: the office reviews what it sees; confirmed: frozen with its files.
        Assert.Equal(0, Run("closing", "submit", "T16", "--result", "基本完成", "--final", "T16.1=5600", "--final", "T16.2=3.8",
            "--summary", "全年城镇新增就业5600人", "--reason", "两场招聘会因疫情取消", "--unit", "人社局").ExitCode);
        var pending = Run("closing", "evidence", "add", "T16", png, "--unit", "人社局");
        Assert.Equal((4, "luoshi closing evidence add：交账当前为“待审核”，不能上传佐证材料\n"), (pending.ExitCode, pending.Error));
        Assert.Equal(0, Run("closing", "confirm", "T16").ExitCode);
        var frozen = Run("closing", "evidence", "remove", "T16", "--id", "1", "--unit", "人社局");
        Assert.Equal((4, "luoshi closing evidence remove：交账结果已确认，不能修改；如需改变，请由督查室登记更正并说明原因\n"), (frozen.ExitCode, frozen.Error));

        using var status = JsonDocument.Parse(Run("closing", "status", "--format", "json").Output);
        var t16 = status.RootElement.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("task").GetString() == "T16");
        Assert.Equal("验收报告.pdf", Assert.Single(t16.GetProperty("files").EnumerateArray()).GetProperty("name").GetString());
    }
}
