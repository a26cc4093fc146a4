using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Luoshi.Web.Tests.Closing;

/// <summary>Evidence files on T2's year-end account (教育局 leads) on 2023-01-10, as each account: 教育局 uploads on the
/// page and through the API and downloads; 人社局 gets 404 for the file; the leader and the office download it; a page
/// renamed .pdf is refused in Chinese; once confirmed, uploads and removals are refused with the frozen words; the
/// closing workbook's 佐证材料 column lists the files by name.</summary>
public sealed partial class ClosingEvidenceWebTests(ClosingWebLedger web) : IClassFixture<ClosingWebLedger>
{
    private const string Frozen = "交账结果已确认，不能修改；如需改变，请由督查室登记更正并说明原因";

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Page => $"/closing/T2?plan={web.PlanId}";

    private string Files => $"/api/plans/{web.PlanId}/closing/tasks/T2/files";

    [Fact]
    public async Task Files_EachRole_UploadDownloadOrRefused_FrozenOnceConfirmed_ListedInTheWorkbook()
    {
        using var office = web.TokenClient(await web.TokenAsync("office"));
        using var jyjApi = web.TokenClient(await web.TokenAsync("jyj"));
        using var rsjApi = web.TokenClient(await web.TokenAsync("rsj"));
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsync($"/api/plans/{web.PlanId}/closing/open", null, Ct)).StatusCode);

        // The lead unit on the page: a page renamed .pdf is refused beside the field, in Chinese; a real PDF is stored.
        using var jyj = await web.SignedInAsync("jyj");
        var wrong = await UploadAsync(jyj, "验收报告.pdf", Encoding.UTF8.GetBytes("<html>验收</html>"));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("验收报告.pdf：文件内容与扩展名 .pdf 不符", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var kind = await UploadAsync(jyj, "验收.exe", Pdf);
        Assert.Contains("验收.exe：只接受 PDF, PNG, JPG, DOCX, XLSX, OFD 文件。", await kind.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var uploaded = await UploadAsync(jyj, "竣工验收报告.pdf", Pdf);
        Assert.Equal((HttpStatusCode.Redirect, $"/closing/T2?plan={web.PlanId}&done=attach"), (uploaded.StatusCode, uploaded.Headers.Location!.OriginalString));
        var html = await jyj.GetStringAsync(Page, Ct);
        var id = int.Parse(FileLink().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($">竣工验收报告.pdf</a>", html, StringComparison.Ordinal);

        // Who downloads: the lead unit, the leader, the office; another unit is told nothing exists.
        using var leader = await web.SignedInAsync("leader");
        using var officePage = await web.SignedInAsync("office");
        foreach (var reader in new[] { jyj, leader, officePage })
        {
            var file = await reader.GetAsync($"/attachments/{id}", Ct);
            Assert.Equal((HttpStatusCode.OK, "application/pdf", "attachment"), (file.StatusCode, file.Content.Headers.ContentType!.MediaType, file.Content.Headers.ContentDisposition!.DispositionType));
            Assert.Equal(Pdf, await file.Content.ReadAsByteArrayAsync(Ct));
        }

        // The leader and the office see the files but no upload form.
        Assert.DoesNotContain("files-form", await leader.GetStringAsync(Page, Ct), StringComparison.Ordinal);
        Assert.Contains(">竣工验收报告.pdf</a>", await officePage.GetStringAsync(Page, Ct), StringComparison.Ordinal);

        using var rsj = await web.SignedInAsync("rsj");
        Assert.Equal(HttpStatusCode.NotFound, (await rsj.GetAsync($"/attachments/{id}", Ct)).StatusCode);

        // The API: the body is the file; another unit 403, a wrong kind 400, both as problem documents in Chinese.
        var other = await rsjApi.PostAsync(Files + "?name=台账.pdf", new ByteArrayContent(Pdf), Ct);
        Assert.Equal((HttpStatusCode.Forbidden, "application/problem+json", "该任务不由本单位牵头，不能报送交账"),
            (other.StatusCode, other.Content.Headers.ContentType!.MediaType, (await other.JsonAsync()).GetProperty("detail").GetString()));
        var html2 = await jyjApi.PostAsync(Files + "?name=台账.pdf", new ByteArrayContent(Encoding.UTF8.GetBytes("<html/>")), Ct);
        Assert.Equal((HttpStatusCode.BadRequest, "台账.pdf：文件内容与扩展名 .pdf 不符。"), (html2.StatusCode, (await html2.JsonAsync()).GetProperty("detail").GetString()));
        var created = await jyjApi.PostAsync(Files + "?name=使用情况台账.pdf", new ByteArrayContent(Pdf), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var second = (await created.JsonAsync()).GetProperty("id").GetInt32();
        Assert.Equal($"/attachments/{second}", created.Headers.Location!.OriginalString);

        // A file taken off on the page, with the form's token; the office cannot take one off (403).
        var draft = (await (await jyjApi.PostAsync(Files + "?name=草稿.pdf", new ByteArrayContent(Pdf), Ct)).JsonAsync()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Forbidden, (await office.DeleteAsync($"{Files}/{draft}", Ct)).StatusCode);
        using var remove = new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = await SignIn.FormTokenAsync(jyj, Page), ["id"] = $"{draft}" });
        var taken = await jyj.PostAsync(Page + "&handler=RemoveFile", remove, Ct);
        Assert.Equal((HttpStatusCode.Redirect, $"/closing/T2?plan={web.PlanId}&done=detach"), (taken.StatusCode, taken.Headers.Location!.OriginalString));
        Assert.DoesNotContain("草稿.pdf", await jyj.GetStringAsync(Page, Ct), StringComparison.Ordinal);

        // The account as scripts read it lists the files for those who may read them; 人社局 is not shown T2 at all.
        async Task<string[]?> FilesInView(HttpClient client)
        {
            var tasks = (await (await client.GetAsync($"/api/plans/{web.PlanId}/closing", Ct)).JsonAsync()).GetProperty("tasks").EnumerateArray();
            var t2 = tasks.Where(t => t.GetProperty("task").GetString() == "T2").ToList();
            return t2.Count == 0 ? null : [.. t2[0].GetProperty("files").EnumerateArray().Select(f => $"{f.GetProperty("name").GetString()} {f.GetProperty("size").GetInt64()}")];
        }

        string[] both = [$"竣工验收报告.pdf {Pdf.Length}", $"使用情况台账.pdf {Pdf.Length}"];
        Assert.Equal(both, await FilesInView(jyjApi));
        Assert.Equal(both, await FilesInView(office));
        Assert.Null(await FilesInView(rsjApi));

        // Submitted, then confirmed: frozen, on the page and through the API.
        var body = new { result = "完成", summary = "幼儿园12月投入使用", doneOn = "2022-12-20", finals = new[] { new { target = "T2.1", doneOn = "2022-12-20" } } };
        Assert.Equal(HttpStatusCode.NoContent, (await jyjApi.PostAsync($"/api/plans/{web.PlanId}/closing/tasks/T2/submit", JsonContent.Create(body), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsync($"/api/plans/{web.PlanId}/closing/tasks/T2/confirm", JsonContent.Create(new { }), Ct)).StatusCode);
        Assert.DoesNotContain("files-form", await jyj.GetStringAsync(Page, Ct), StringComparison.Ordinal);
        var late = await UploadAsync(jyj, "补充材料.pdf", Pdf);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains(Frozen, await late.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var lateApi = await jyjApi.PostAsync(Files + "?name=补充材料.pdf", new ByteArrayContent(Pdf), Ct);
        Assert.Equal((HttpStatusCode.Conflict, Frozen), (lateApi.StatusCode, (await lateApi.JsonAsync()).GetProperty("detail").GetString()));
        var removed = await jyjApi.DeleteAsync($"{Files}/{id}", Ct);
        Assert.Equal((HttpStatusCode.Conflict, Frozen), (removed.StatusCode, (await removed.JsonAsync()).GetProperty("detail").GetString()));

        // The closing workbook's 佐证材料 (M) beside T2: the uploaded files by name.
        var rows = await CellsAsync(officePage, $"/exports/closing.xlsx?plan={web.PlanId}");
        Assert.Equal("附件：竣工验收报告.pdf\n附件：使用情况台账.pdf", rows.Single(r => r.GetValueOrDefault("A") == "T2")["M"]);
        var audit = (await web.Ledger.AuditAsync(20, "attachment", Ct)).Select(a => a.Action).Order().ToList();
        Assert.Equal(["attachment.add", "attachment.add", "attachment.add", "attachment.remove"], audit);
    }

    // Posts the page's upload form with the caller's anti-forgery token (from the page's sign-out form once the upload
    // form is gone), as a hand-made post would.
    private async Task<HttpResponseMessage> UploadAsync(HttpClient client, string name, byte[] content)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await SignIn.FormTokenAsync(client, Page)), "__af" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        return await client.PostAsync(Page + "&handler=Files", form, Ct);
    }

    private static async Task<List<Dictionary<string, string>>> CellsAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        response.EnsureSuccessStatusCode();
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), false);
        var shared = xlsx.WorkbookPart!.SharedStringTablePart?.SharedStringTable!.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        return [.. xlsx.WorkbookPart.WorksheetParts.Single().Worksheet!.Descendants<Row>().Select(r => r.Elements<Cell>().ToDictionary(
            c => new string([.. c.CellReference!.Value!.TakeWhile(char.IsLetter)]),
            c => c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.InnerText, System.Globalization.CultureInfo.InvariantCulture)] : c.InnerText))];
    }

    [GeneratedRegex("href=\"/attachments/(\\d+)\"")]
    private static partial Regex FileLink();
}
