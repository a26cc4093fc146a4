using System.Text;
using Luoshi.Domain.Access;
using Luoshi.Domain.Closing;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Closing;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.Tests.Databases;
using Luoshi.Storage.Tests.Lifecycle;

namespace Luoshi.Storage.Tests.Closing;

/// <summary>Evidence files on a task's year-end account, in the one attachment store: the lead unit attaches and
/// removes them while the account is 未报送 or 已退回; submitted and confirmed accounts refuse; the office, leaders and
/// the lead unit read them, nobody else; every change audited. Sample plan: T1 led by 人社局, 财政局 supporting.</summary>
public abstract class ClosingEvidenceTests<TDatabase> : LifecycleFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly byte[] Roster = Encoding.ASCII.GetBytes("%PDF-1.7 roster");
    private static readonly byte[] Ledger2022 = Encoding.ASCII.GetBytes("%PDF-1.7 jobs ledger 2022");

    private static LifecycleActor HrUnit => LifecycleActor.OfUnit(Hr);

    private ClosingLedger Close => Ledger.Closing;

    private static ClosingSubmission Jobs => new(
        ClosingResult.BasicallyDone, "全年新增就业5600人，培训2100人次", new DateOnly(2022, 12, 31), "两场招聘会因疫情取消", ["就业登记台账 https://rsj.example.cn/2022/jobs.xlsx"],
        [new TargetFinal("T1.1", 5600m, null), new TargetFinal("T1.2", 2100m, null)]);

    private Task<StoreResult<Attachment>> AttachAsync(LifecycleActor actor, string name = "培训花名册.pdf", byte[]? content = null) =>
        Close.AttachAsync(PlanId, "T1", actor, name, "application/pdf", content ?? Roster, Ct);

    private static void Refused<T>(StoreResult<T> result, string zh, ProblemKind kind) =>
        Assert.Equal((kind, zh), (result.Error?.Kind, result.Error?.Message.Zh));

    private async Task<TaskAccount> AccountAsync() => (await Close.ReadAsync(PlanId, Ct))!.Task("T1")!.Account;

    [Fact]
    public async Task Attach_PendingThenReturned_OnlyByTheLeadUnitRefusedWhenSubmittedOrConfirmed()
    {
        await PlanAsync();
        On("2023-01-10");
        Refused(await AttachAsync(HrUnit), "2022年度年底交账尚未开启", ProblemKind.Conflict);
        Ok(await Close.OpenAsync(PlanId, Office, ct: Ct));

        Refused(await AttachAsync(EducationUnit), "该任务不由本单位牵头，不能报送交账", ProblemKind.Forbidden);
        Refused(await AttachAsync(LifecycleActor.OfUnit("测试市财政局")), "配合单位不能报送交账，请由牵头单位报送", ProblemKind.Forbidden);
        Refused(await AttachAsync(new LifecycleActor(AccountRole.Leader)), "领导账号只能查看，不能办理", ProblemKind.Forbidden);
        Refused(await AttachAsync(Office), "只有牵头单位可以上传佐证材料", ProblemKind.Forbidden);
        Refused(await AttachAsync(HrUnit, content: []), "文件是空的", ProblemKind.Invalid);
        Assert.Equal((0, 0), (await CountAsync("attachments"), await CountAsync("closing_accounts")));

        // The first file comes before the submission: the account row is made, still 未报送, and the submission keeps it.
        var roster = (await AttachAsync(HrUnit, @"C:\scans\培训花名册.pdf")).Value!;
        Assert.Equal((ClosingState.Pending, "培训花名册.pdf"), ((await AccountAsync()).State, Assert.Single((await AccountAsync()).Files).FileName));
        Ok(await Close.SubmitAsync(PlanId, "T1", HrUnit, Jobs, Ct));
        Refused(await AttachAsync(HrUnit), "交账当前为“待审核”，不能上传佐证材料", ProblemKind.Conflict);
        Refused(await Close.DetachAsync(PlanId, "T1", HrUnit, roster.Id, Ct), "交账当前为“待审核”，不能删除佐证材料", ProblemKind.Conflict);

        Ok(await Close.ReturnAsync(PlanId, "T1", Office, "请补充就业登记台账", Ct));
        var jobs = (await AttachAsync(HrUnit, "就业登记台账.pdf", Ledger2022)).Value!;
        Refused(await Close.DetachAsync(PlanId, "T1", HrUnit, roster.Id + 100, Ct), $"该交账没有编号为 {roster.Id + 100} 的佐证材料", ProblemKind.NotFound);
        Ok(await Close.DetachAsync(PlanId, "T1", HrUnit, roster.Id, Ct));
        Ok(await Close.SubmitAsync(PlanId, "T1", HrUnit, Jobs, Ct));
        Ok(await Close.ConfirmAsync(PlanId, "T1", Office, ct: Ct));

        const string frozen = "交账结果已确认，不能修改；如需改变，请由督查室登记更正并说明原因";
        Refused(await AttachAsync(HrUnit), frozen, ProblemKind.Conflict);
        Refused(await Close.DetachAsync(PlanId, "T1", HrUnit, jobs.Id, Ct), frozen, ProblemKind.Conflict);
        var account = await AccountAsync();
        Assert.Equal((ClosingState.Confirmed, "就业登记台账.pdf", (long)Ledger2022.Length), (account.State, Assert.Single(account.Files).FileName, account.Files[0].Size));
        Assert.Equal((1, 1), (await CountAsync("attachments"), await CountAsync("attachment_contents")));

        var files = (await Ledger.AuditAsync(10, "attachment", Ct)).Select(a => (a.Action, a.EntityKey)).ToList();
        // Entries of one clock tick come in no set order: compared as a set.
        Assert.Equal([("attachment.add", $"{roster.Id}"), ("attachment.add", $"{jobs.Id}"), ("attachment.remove", $"{roster.Id}")], files.Order());
        var steps = (await Ledger.HistoryAsync("task", $"{PlanId}/T1", Ct)).Select(a => a.Action).Where(a => a.StartsWith("closing.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["closing.confirm", "closing.submit", "closing.detach", "closing.attach", "closing.return", "closing.submit", "closing.attach"], steps);
    }

    [Fact]
    public async Task File_ReadByOfficeLeaderAndLeadUnit_NoneForOtherUnitsOrReportFiles()
    {
        await PlanAsync();
        On("2023-01-10");
        Ok(await Close.OpenAsync(PlanId, Office, ct: Ct));
        var roster = (await AttachAsync(HrUnit)).Value!;

        foreach (var reader in new[] { HrUnit, Office, new LifecycleActor(AccountRole.Leader) })
        {
            var (file, content) = (await Close.FileAsync(roster.Id, reader, Ct))!.Value;
            Assert.Equal(("培训花名册.pdf", "application/pdf"), (file.FileName, file.ContentType));
            Assert.Equal(Roster, content);
        }

        Assert.Null(await Close.FileAsync(roster.Id, EducationUnit, Ct));
        Assert.Null(await Close.FileAsync(roster.Id, LifecycleActor.OfUnit("测试市财政局"), Ct));
        Assert.Null(await Close.FileAsync(roster.Id + 1, Office, Ct));
    }

    [Fact]
    public async Task Attachments_OwnedByNeitherOrBoth_RefusedByTheCheck()
    {
        await PlanAsync();
        On("2023-01-10");
        Ok(await Close.OpenAsync(PlanId, Office, ct: Ct));
        var roster = (await AttachAsync(HrUnit)).Value!;

        // The one-owner check, straight at the table: a file of no record, or of a report and an account at once.
        await Assert.ThrowsAnyAsync<Exception>(() => Database.ExecuteAsync($"UPDATE attachments SET closing_account_id = NULL WHERE id = {roster.Id}"));
        var draft = await Ledger.SaveReportAsync(new ReportDraft(PlanId, "T1", 1, Hr, [], "一月进展", "无", "继续", []), null, Ct);
        Assert.True(draft.Succeeded, draft.Error?.ToString());
        await Assert.ThrowsAnyAsync<Exception>(() => Database.ExecuteAsync($"UPDATE attachments SET report_id = {draft.Value!.Id} WHERE id = {roster.Id}"));
        Assert.Equal(1, await CountAsync("attachments WHERE closing_account_id IS NOT NULL AND report_id IS NULL"));
    }
}

public sealed class SqliteClosingEvidenceTests : ClosingEvidenceTests<SqliteTestDatabase>;

public sealed class PostgresClosingEvidenceTests : ClosingEvidenceTests<PostgresTestDatabase>;
