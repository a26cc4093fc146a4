using System.Security.Cryptography;
using System.Text;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;

namespace Luoshi.Web.Tests;

/// <summary>A small plan of 2022, monthly reports due on the 28th: T1 (new jobs ≥ 6000 人, public) led by
/// 测试市人力资源和社会保障局 and T2 (kindergarten milestone, not public) led by 测试市教育局.</summary>
public static class TestPlan
{
    public const string Region = "测试市";
    public const string Rsj = "测试市人力资源和社会保障局";
    public const string Jyj = "测试市教育局";
    public const string Text = "一、民生\n年内实现城镇新增就业6千人以上。\n确保幼儿园年内投入使用。";

    public const string Units = """
        code,name,kind,parent,aliases
        CS,测试市,city,,
        CS-D01,测试市人力资源和社会保障局,department,CS,人社局
        CS-D02,测试市教育局,department,CS,教育局
        CS-D03,测试市财政局,department,CS,财政局
        """;

    public static Plan Create()
    {
        var plan = new Plan
        {
            Region = Region,
            Year = 2022,
            SourceName = "report.txt",
            SourceText = Text,
            SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text))),
            Sections = [new Section { Code = "S1", Number = "一", Title = "民生", Level = 1, Span = new SourceSpan(0, 4) }],
        };
        plan.Tasks.Add(Task("T1", "年内实现城镇新增就业6千人以上", Rsj, new SourceSpan(5, 15), new Target
        {
            Code = "T1.1", Text = "城镇新增就业6千人以上", Subject = "城镇新增就业", Kind = TargetKind.Numeric, Comparator = Comparator.AtLeast,
            Value = 6000m, Unit = "人", Measure = Measure.Cumulative, Deadline = new DateOnly(2022, 12, 31), Public = true,
        }));
        plan.Tasks.Add(Task("T2", "确保幼儿园年内投入使用", Jyj, new SourceSpan(22, 11), new Target
        {
            Code = "T2.1", Text = "幼儿园年内投入使用", Subject = "幼儿园投入使用", Kind = TargetKind.Milestone, Comparator = Comparator.Equal,
            Measure = Measure.Milestone, Deadline = new DateOnly(2022, 12, 31),
        }));
        return plan;
    }

    private static PlanTask Task(string code, string text, string lead, SourceSpan span, Target target) => new()
    {
        Code = code,
        SectionCode = "S1",
        Text = text,
        Span = span,
        LeadUnit = lead,
        SupportingUnits = [],
        Deadline = new DateOnly(2022, 12, 31),
        Targets = [target],
    };
}
