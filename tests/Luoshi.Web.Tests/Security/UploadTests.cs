using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Luoshi.Web.Hosting;

namespace Luoshi.Web.Tests.Security;

/// <summary>Attachments through the report form: a page (by name or by content) or an oversized file is refused with a
/// message naming it and nothing is stored; a real PDF is stored and served back only as a PDF download.</summary>
public sealed class UploadTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly byte[] Page = Encoding.UTF8.GetBytes("<html><script>alert(document.cookie)</script></html>");

    [Theory]
    [InlineData("evil.html", 1)]
    [InlineData("report.pdf", 2)]
    public async Task A_page_is_refused_by_name_or_by_content_and_no_report_is_created(string name, int period)
    {
        using var client = await web.SignedInAsync("rsj");
        var response = await PostNewAsync(client, period, "带网页附件", name, Page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(name + "：", html, StringComparison.Ordinal);
        Assert.Contains("带网页附件", html, StringComparison.Ordinal); // what was typed is still in the form
        Assert.DoesNotContain(await web.Ledger.ListReportsAsync(web.PlanId, ct: Ct), r => r.Period == period);
    }

    [Fact]
    public async Task A_refused_upload_on_an_existing_draft_leaves_it_unchanged()
    {
        var draft = await web.DraftAsync("rsj", TestPlan.Rsj, "T1", 3, "三月原文", [new("T1.1", 1000m, null, null, null)]);
        using var client = await web.SignedInAsync("rsj");
        var token = await SignIn.FormTokenAsync(client, $"/reports/{draft.Id}");
        using var form = Form(token, "三月改写", "evil.pdf", Page);
        form.Add(new StringContent(draft.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version");
        var response = await client.PostAsync($"/reports/{draft.Id}?handler=Save", form, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("evil.pdf：文件内容与扩展名 .pdf 不符", html, StringComparison.Ordinal);
        Assert.Contains("三月改写", html, StringComparison.Ordinal);
        var after = await web.Ledger.FindReportAsync(draft.Id, Ct);
        Assert.Equal(draft.Version, after!.Version);
        Assert.Equal("三月原文", after.Progress);
        Assert.Empty(await web.Ledger.ListAttachmentsAsync(draft.Id, Ct));
    }

    [Fact]
    public async Task A_real_pdf_is_stored_and_served_back_as_a_pdf_download()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");
        using var client = await web.SignedInAsync("rsj");
        var response = await PostNewAsync(client, 4, "带真实PDF", "证明材料.pdf", pdf);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var report = Assert.Single(await web.Ledger.ListReportsAsync(web.PlanId, ct: Ct), r => r.Period == 4);
        Assert.Equal($"/reports/{report.Id}?done=saved", response.Headers.Location!.OriginalString);
        var attachment = Assert.Single(await web.Ledger.ListAttachmentsAsync(report.Id, Ct));
        Assert.Equal("证明材料.pdf", attachment.FileName);
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.Equal(pdf.Length, attachment.Size);
        Assert.Equal("rsj", attachment.UploadedBy);

        var download = await client.GetAsync($"/attachments/{attachment.Id}", Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("证明材料.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains("sandbox", Assert.Single(download.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));

        // The office reads it too; jyj does not.
        using var office = await web.SignedInAsync("office");
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync($"/attachments/{attachment.Id}", Ct)).StatusCode);
        using var jyj = await web.SignedInAsync("jyj");
        Assert.Equal(HttpStatusCode.NotFound, (await jyj.GetAsync($"/attachments/{attachment.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_file_above_the_limit_is_refused()
    {
        var limit = new WebSettings().MaxAttachmentBytes;
        var big = new byte[limit + 1];
        "%PDF-1.4\n"u8.CopyTo(big);
        using var client = await web.SignedInAsync("rsj");
        var response = await PostNewAsync(client, 5, "超大附件", "big.pdf", big);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"big.pdf：文件超过 {limit / (1024 * 1024)} MB", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.DoesNotContain(await web.Ledger.ListReportsAsync(web.PlanId, ct: Ct), r => r.Period == 5);
    }

    private static async Task<HttpResponseMessage> PostNewAsync(HttpClient client, int period, string progress, string fileName, byte[] content)
    {
        var path = $"/reports/new?task=T1&period={period}";
        var token = await SignIn.FormTokenAsync(client, path);
        using var form = Form(token, progress, fileName, content);
        return await client.PostAsync(path, form, Ct);
    }

    private static MultipartFormDataContent Form(string token, string progress, string fileName, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent
        {
            { new StringContent(token), "__af" }, { new StringContent("save"), "then" }, { new StringContent(progress), "progress" },
            { new StringContent("1500"), "v-T1.1" }, { file, "files", fileName },
        };
    }
}
