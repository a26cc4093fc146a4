using System.Security.Cryptography;
using System.Text;
using Luoshi.Domain.Progress;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Attachments;

public abstract class AttachmentTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7 人社〔2022〕1号 minutes");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<ProgressReport> DraftAsync()
    {
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        var draft = new ReportDraft(planId, "T1", 1, "人社局", [new TargetValue("T1.1", 400m, null, null, null)], "一月进展", "无", "继续", []);
        return (await Ledger.SaveReportAsync(draft, null, Ct)).Value!;
    }

    [Fact]
    public async Task AddAttachment_Draft_MetadataListedAndContentReadBackWithItsSha256()
    {
        var report = await DraftAsync();

        var added = await Ledger.AddAttachmentAsync(report.Id, @"C:\scans\会议纪要.pdf", "application/pdf", Pdf, Ct);

        Assert.True(added.Succeeded, added.Error?.ToString());
        var listed = Assert.Single(await Ledger.ListAttachmentsAsync(report.Id, Ct));
        Assert.Equal(("会议纪要.pdf", "application/pdf", (long)Pdf.Length, Convert.ToHexStringLower(SHA256.HashData(Pdf)), "王科员", Noon),
            (listed.FileName, listed.ContentType, listed.Size, listed.Sha256, listed.UploadedBy, listed.UploadedAt));
        var (attachment, content) = (await Ledger.FindAttachmentAsync(listed.Id, Ct))!.Value;
        Assert.Equal(listed.Id, attachment.Id);
        Assert.Equal(Pdf, content);
        Assert.Equal(1, await CountAsync("attachment_contents"));
        var audit = (await Ledger.AuditAsync(1, "attachment", Ct))[0];
        Assert.Equal("attachment.add", audit.Action);
        Assert.Contains("\"FileName\":\"会议纪要.pdf\"", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAttachment_SubmittedReport_RefusedAndAllowedAgainOnceReturned()
    {
        var report = await DraftAsync();
        var submitted = (await Ledger.TransitionAsync(report.Id, ReportAction.Submit, null, report.Version, Ct)).Value!;

        var refused = await Ledger.AddAttachmentAsync(report.Id, "a.pdf", "application/pdf", Pdf, Ct);
        var returned = (await Ledger.TransitionAsync(report.Id, ReportAction.Return, "缺佐证", submitted.Version, Ct)).Value!;
        var accepted = await Ledger.AddAttachmentAsync(report.Id, "a.pdf", "application/pdf", Pdf, Ct);

        Assert.Equal("field report: the report is submitted; files can be attached only to a draft or a returned report", refused.Error?.ToWords().En);
        Assert.Equal(ReportState.Returned, returned.State);
        Assert.True(accepted.Succeeded);
        Assert.Equal(1, await CountAsync("attachments"));
    }

    [Fact]
    public async Task AddAttachment_BadInput_ErrorsNamingTheFieldAndNothingStored()
    {
        var report = await DraftAsync();

        var noReport = await Ledger.AddAttachmentAsync(report.Id + 1, "a.pdf", "application/pdf", Pdf, Ct);
        var noName = await Ledger.AddAttachmentAsync(report.Id, "dir/", "application/pdf", Pdf, Ct);
        var noType = await Ledger.AddAttachmentAsync(report.Id, "a.pdf", " ", Pdf, Ct);
        var empty = await Ledger.AddAttachmentAsync(report.Id, "a.pdf", "application/pdf", [], Ct);

        Assert.Equal($"field report: no progress report with id {report.Id + 1}", noReport.Error?.ToWords().En);
        Assert.Equal("field file: expected a file name of 1 to 255 characters", noName.Error?.ToWords().En);
        Assert.Equal("field content type: expected a media type such as application/pdf", noType.Error?.ToWords().En);
        Assert.Equal("field file: the file is empty", empty.Error?.ToWords().En);
        Assert.Equal(0, await CountAsync("attachments"));
        Assert.Equal(0, await CountAsync("attachment_contents"));
    }

    [Fact]
    public async Task FindAttachment_Unknown_Null()
    {
        Assert.Null(await Ledger.FindAttachmentAsync(42, Ct));
    }
}

public sealed class SqliteAttachmentTests : AttachmentTests<SqliteTestDatabase>;

public sealed class PostgresAttachmentTests : AttachmentTests<PostgresTestDatabase>;
