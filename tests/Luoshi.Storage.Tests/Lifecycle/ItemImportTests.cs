using System.Text;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.Tests.Databases;
using Luoshi.Storage.Tests.Villages;
using Luoshi.Storage.Villages;

namespace Luoshi.Storage.Tests.Lifecycle;

/// <summary>Items from other sources imported from CSV and xlsx (all or nothing, each refusal at its file, line and
/// column) and changed by the office. Imported on Thu 29 Sep 2022: 3 working days to sign — 30 Sep, Sat 8 and Sun 9
/// Oct (1–7 October off) — so each is due to be signed on 9 October.</summary>
public abstract class ItemImportTests<TDatabase> : LifecycleFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Good = "来源,事项名称,来源文件,责任领导,牵头单位,办理时限\n"
        + "批示,做好防汛工作,市长批示〔2022〕5号,市长,教育局,2022-10-31\n"
        + "政协提案,关于增加城区学位的提案,政协提案第12号,王副市长,人社局,2022-11-30\n"
        + "cppcc_proposal,关于校车安全的提案,政协提案第13号,,教育局,2022-12-31\n";

    private static VillageFile Csv(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task ImportCsv_ThreeItems_NumberedInFileOrderAssignedTodayAndAudited()
    {
        await PlanAsync();
        On("2022-09-29");
        Assert.Equal("2022-提案-001", (await Life.CreateItemAsync(Office, new NewItem(ItemSource.CppccProposal, 2022, "已有提案", "政协提案第1号", null, "教育局", D("2022-10-31")), Ct)).Value);

        var result = await Life.ImportItemsAsync(Office, Csv("items.csv", Good), Ct);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(3, result.Rows);
        var items = await Life.ListItemsAsync(ct: Ct);
        // Listed by year, source (批示 before 提案), sequence; the proposals follow the one already stored (001).
        Assert.Equal(
            [
                ("2022-批示-001", "做好防汛工作", "市长", Education, D("2022-10-31")),
                ("2022-提案-001", "已有提案", null, Education, D("2022-10-31")),
                ("2022-提案-002", "关于增加城区学位的提案", "王副市长", Hr, D("2022-11-30")),
                ("2022-提案-003", "关于校车安全的提案", null, Education, D("2022-12-31")),
            ],
            items.Select(i => (i.Number, i.Title, i.Leader, i.LeadUnit, i.Due)));
        Assert.All(items, i => Assert.Equal((TaskStage.Assigned, D("2022-09-29"), D("2022-10-09")), (i.Stage, i.AssignedOn, i.SignDue)));
        Assert.Equal("市长批示〔2022〕5号", items[0].SourceDocument);
        Assert.Equal(TaskStatusKind.NotSigned, items[0].StatusOn(D("2022-10-10")).Kind);
        Assert.Equal("items.import", (await Ledger.AuditAsync(1, "village-file", Ct))[0].Action);
        Assert.Equal(4, (await Ledger.AuditAsync(10, "supervision-item", Ct)).Count(a => a.Action == "item.create"));
    }

    [Fact]
    public async Task ImportXlsx_DayAsSerialNumberAndYearColumn_Read()
    {
        await PlanAsync();
        On("2022-09-29");
        // 44865 is 31 October 2022 as a workbook day number (days since 30 December 1899).
        var file = new VillageFile("事项.xlsx", Workbook.Of("Sheet1",
            ["source", "title", "unit", "due", "year"],
            ["meeting_decision", "优化营商环境专项行动", "人社局", "44865", "2023"],
            ["人大建议", "关于加强农村养老服务的建议", "测试市教育局", "2022-11-15", ""]));

        var result = await Life.ImportItemsAsync(Office, file, Ct);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(
            [("2022-建议-001", Education, D("2022-11-15"), ""), ("2023-会议-001", Hr, D("2022-10-31"), "")],
            (await Life.ListItemsAsync(ct: Ct)).Select(i => (i.Number, i.LeadUnit, i.Due, i.SourceDocument)));
    }

    [Fact]
    public async Task ImportCsv_BadRows_EveryProblemAtFileLineColumnAndNothingStored()
    {
        await PlanAsync();
        On("2022-09-29");
        var bad = "来源,事项名称,牵头单位,办理时限,年度\n"
            + "批示,做好防汛工作,教育局,2022-10-31,\n"
            + "批复,,人社局,2022-10-31,\n"
            + "提案,关于校车安全的提案,不存在局,2022-13-01,22\n"
            + "会议,优化营商环境,人社局,2022-09-28,\n";

        var result = await Life.ImportItemsAsync(Office, Csv("bad.csv", bad), Ct);

        Assert.Equal(
            [
                "bad.csv，第 3 行，source 列：没有名为“批复”的督办来源（领导批示件、会议议定事项、上级交办、人大建议、政协提案）",
                "bad.csv，第 3 行，title 列：请填写事项名称",
                "bad.csv，第 4 行，unit 列：没有名为“不存在局”的单位（名称或简称）",
                "bad.csv，第 4 行，due 列：应为日期（如 2022-06-30），实际为“2022-13-01”",
                "bad.csv，第 4 行，year 列：应为年度，如 2022，实际为“22”",
                "bad.csv，第 5 行，due 列：办理时限 2022-09-28 早于今天 2022-09-29",
            ],
            result.Errors.Select(e => $"{e.Place!.ToWords().Zh}：{e.Message.Zh}"));
        Assert.Equal("bad.csv, line 4, column unit: no unit is called \"不存在局\" (name or alias)", $"{result.Errors[2].Place!.ToWords().En}: {result.Errors[2].Message.En}");
        Assert.Equal(0, await CountAsync("supervision_items"));
        Assert.Empty(await Ledger.AuditAsync(10, "supervision-item", Ct));
        Assert.Empty(await Ledger.AuditAsync(10, "village-file", Ct));
    }

    [Fact]
    public async Task ImportAndEdit_ByAUnit_RefusedAndNothingStored()
    {
        await PlanAsync();
        On("2022-09-29");
        var refused = await Life.ImportItemsAsync(EducationUnit, Csv("items.csv", Good), Ct);
        Assert.Equal((ProblemKind.Forbidden, "只有督查室可以办理"), (refused.Errors[0].Kind, refused.Errors[0].Message.Zh));
        Assert.Equal(0, await CountAsync("supervision_items"));

        var number = (await Life.CreateItemAsync(Office, new NewItem(ItemSource.Instruction, 2022, "做好防汛", "批示", "市长", "教育局", D("2022-10-31")), Ct)).Value!;
        Refused(await Life.UpdateItemAsync(EducationUnit, number, new ItemChange("改名", null, null, "教育局", D("2022-10-31")), Ct), "只有督查室可以办理", ProblemKind.Forbidden);
        Assert.Equal("做好防汛", (await Life.FindItemAsync(number, Ct))!.Title);
    }

    [Fact]
    public async Task Edit_ByTheOffice_ChangedAndAuditedBadFieldRefusedClosedItemKept()
    {
        await PlanAsync();
        On("2022-09-29");
        var number = (await Life.CreateItemAsync(Office, new NewItem(ItemSource.Instruction, 2022, "做好防汛", "批示", "市长", "教育局", D("2022-10-31")), Ct)).Value!;

        On("2022-11-02");
        // The stored due day (31 Oct) has passed and may stay; a new one must not be before today.
        Ok(await Life.UpdateItemAsync(Office, number, new ItemChange("做好防汛抗旱工作", "市长批示〔2022〕5号", " ", "人社局", D("2022-10-31")), Ct));
        Refused(await Life.UpdateItemAsync(Office, number, new ItemChange("做好防汛抗旱工作", null, null, "人社局", D("2022-11-01")), Ct), "办理时限 2022-11-01 早于今天 2022-11-02", ProblemKind.Invalid);
        Refused(await Life.UpdateItemAsync(Office, number, new ItemChange("", null, null, "人社局", D("2022-10-31")), Ct), "请填写事项名称", ProblemKind.Invalid);
        Refused(await Life.UpdateItemAsync(Office, "2022-批示-099", new ItemChange("x", null, null, "人社局", D("2022-12-31")), Ct), "没有督办事项 2022-批示-099", ProblemKind.NotFound);

        var item = (await Life.FindItemAsync(number, Ct))!;
        Assert.Equal(("做好防汛抗旱工作", "市长批示〔2022〕5号", null, Hr, D("2022-10-31"), ItemSource.Instruction), (item.Title, item.SourceDocument, item.Leader, item.LeadUnit, item.Due, item.Source));
        Assert.Equal("item.edit", (await Ledger.AuditAsync(1, "supervision-item", Ct))[0].Action);

        Ok(await Life.StepItemAsync(number, LifecycleActor.OfUnit(Hr), LifecycleStep.Sign, ct: Ct));
        Ok(await Life.StepItemAsync(number, LifecycleActor.OfUnit(Hr), LifecycleStep.RequestClose, "已部署", ct: Ct));
        Ok(await Life.StepItemAsync(number, Office, LifecycleStep.ApproveClose, ct: Ct));
        Refused(await Life.UpdateItemAsync(Office, number, new ItemChange("再改", null, null, "人社局", D("2022-12-31")), Ct), $"督办事项 {number} 已销号，不能修改", ProblemKind.Conflict);
    }
}

public sealed class SqliteItemImportTests : ItemImportTests<SqliteTestDatabase>;

public sealed class PostgresItemImportTests : ItemImportTests<PostgresTestDatabase>;
