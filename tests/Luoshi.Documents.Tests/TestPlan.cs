using System.Security.Cryptography;
using System.Text;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;

namespace Luoshi.Documents.Tests;

/// <summary>A plan of 2022, monthly reports due on the 28th: T1 (人社局) with jobs ≥ 6000 人 and training ≥ 2000 人次,
/// both cumulative; T2 (教育局) a kindergarten milestone; T3 (人社局) a share of villages ≥ 60%; T4 (人社局) no target.</summary>
public static class TestPlan
{
    public const string Region = "测试市";

    public static Plan Create(string region = Region)
    {
        const string text = "一、民生\n城镇新增就业6千人以上，职业技能培训2千人次以上。确保幼儿园年内投入使用。60%以上行政村达标。做好就业服务。";
        var plan = new Plan
        {
            Region = region,
            Year = 2022,
            SourceName = "report.txt",
            SourceText = text,
            SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(region + text))),
            Sections = [new Section { Code = "S1", Number = "一", Title = "民生", Level = 1, Span = new SourceSpan(0, 4) }],
        };
        plan.Tasks.Add(Task("T1", "城镇新增就业6千人以上，职业技能培训2千人次以上", "人社局",
            Amount("T1.1", "城镇新增就业", 6000m, "人"), Amount("T1.2", "职业技能培训", 2000m, "人次")));
        plan.Tasks.Add(Task("T2", "确保幼儿园年内投入使用", "教育局", Target("T2.1", "幼儿园投入使用", Measure.Milestone, Comparator.Equal, null, null)));
        plan.Tasks.Add(Task("T3", "60%以上行政村达标", "人社局", Target("T3.1", "行政村达标率", Measure.Ratio, Comparator.AtLeast, 60m, "%")));
        plan.Tasks.Add(Task("T4", "做好就业服务", "人社局"));
        return plan;
    }

    private static PlanTask Task(string code, string text, string lead, params Target[] targets) => new()
    {
        Code = code,
        SectionCode = "S1",
        Text = text,
        LeadUnit = lead,
        SupportingUnits = ["财政局"],
        Leader = "张副市长",
        Deadline = new DateOnly(2022, 12, 31),
        Targets = [.. targets],
    };

    private static Target Amount(string code, string subject, decimal value, string unit) =>
        Target(code, subject, Measure.Cumulative, Comparator.AtLeast, value, unit);

    private static Target Target(string code, string subject, Measure measure, Comparator comparator, decimal? value, string? unit) => new()
    {
        Code = code,
        Text = subject,
        Subject = subject,
        Kind = measure switch { Measure.Milestone => TargetKind.Milestone, Measure.Ratio => TargetKind.Share, _ => TargetKind.Numeric },
        Comparator = comparator,
        Value = value,
        Unit = unit,
        Measure = measure,
        Deadline = new DateOnly(2022, 12, 31),
    };
}
