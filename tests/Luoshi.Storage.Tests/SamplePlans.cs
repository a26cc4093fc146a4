using System.Security.Cryptography;
using System.Text;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;

namespace Luoshi.Storage.Tests;

/// <summary>A small plan of 2022, monthly reports due on the 28th: T1 with two cumulative targets (new jobs ≥ 6000
/// people, training ≥ 2000 person-times) led by 人社局, and T2 with one milestone led by 教育局.</summary>
public static class SamplePlans
{
    public const string Region = "测试市";
    public const string Text = "一、民生\n年内实现城镇新增就业6千人以上，实施职业技能培训2千人次以上。\n确保幼儿园年内投入使用。";

    public static Plan Create(string text = Text, bool withT2 = true)
    {
        var plan = new Plan
        {
            Region = Region,
            Year = 2022,
            SourceName = "report.txt",
            SourceText = text,
            SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            Sections = [new Section { Code = "S1", Number = "一", Title = "民生", Level = 1, Span = new SourceSpan(0, 4) }],
        };
        plan.Tasks.Add(Task("T1", "年内实现城镇新增就业6千人以上，实施职业技能培训2千人次以上", "人社局", new SourceSpan(5, 30),
            Cumulative("T1.1", "城镇新增就业", 6000m, "人"), Cumulative("T1.2", "职业技能培训", 2000m, "人次")));
        if (withT2)
        {
            plan.Tasks.Add(Task("T2", "确保幼儿园年内投入使用", "教育局", new SourceSpan(36, 11), Milestone("T2.1", "幼儿园投入使用")));
        }

        return plan;
    }

    private static PlanTask Task(string code, string text, string lead, SourceSpan span, params Target[] targets) => new()
    {
        Code = code,
        SectionCode = "S1",
        Text = text,
        Span = span,
        LeadUnit = lead,
        SupportingUnits = ["财政局"],
        UnitsSuggested = true,
        Deadline = new DateOnly(2022, 12, 31),
        Targets = [.. targets],
    };

    private static Target Cumulative(string code, string subject, decimal value, string unit) => new()
    {
        Code = code,
        Text = subject + value,
        Subject = subject,
        Kind = TargetKind.Numeric,
        Comparator = Comparator.AtLeast,
        Value = value,
        Unit = unit,
        Measure = Measure.Cumulative,
        Deadline = new DateOnly(2022, 12, 31),
        Span = new SourceSpan(5, 10),
    };

    private static Target Milestone(string code, string subject) => new()
    {
        Code = code,
        Text = subject,
        Subject = subject,
        Kind = TargetKind.Milestone,
        Comparator = Comparator.Equal,
        Measure = Measure.Milestone,
        Deadline = new DateOnly(2022, 12, 31),
        Span = new SourceSpan(36, 11),
    };
}
