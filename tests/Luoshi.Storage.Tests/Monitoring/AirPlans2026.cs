using System.Security.Cryptography;
using System.Text;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;

namespace Luoshi.Storage.Tests.Monitoring;

/// <summary>A 2026 plan (monthly, due on the 28th) with the air targets work reports promise: T1.1 优良率 ≥ 85%, T1.2
/// PM2.5年均浓度 ≤ 30, T1.3 重污染天数 ≤ 3 (accumulating), T1.4 综合指数 ≤ 4, T1.5 臭氧第90百分位数 ≤ 160.</summary>
public static class AirPlans2026
{
    public const string Text = "一、生态\n城区空气质量优良率达85%以上，PM2.5年均浓度控制在30微克/立方米以内，重污染天数不超过3天，综合指数控制在4以内，臭氧浓度不超过160。";

    public static Plan Create()
    {
        var plan = new Plan
        {
            Region = "测试市",
            Year = 2026,
            SourceName = "report-2026.txt",
            SourceText = Text,
            SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text))),
            Sections = [new Section { Code = "S1", Number = "一", Title = "生态", Level = 1, Span = new SourceSpan(0, 4) }],
        };
        plan.Tasks.Add(new PlanTask
        {
            Code = "T1",
            SectionCode = "S1",
            Text = Text[5..],
            Span = new SourceSpan(5, Text.Length - 5),
            LeadUnit = "生态环境局",
            Deadline = new DateOnly(2026, 12, 31),
            Targets =
            [
                Target("T1.1", "城区空气质量优良率", Comparator.AtLeast, 85m, "%", Measure.Level),
                Target("T1.2", "PM2.5年均浓度", Comparator.AtMost, 30m, "微克/立方米", Measure.Level),
                Target("T1.3", "重污染天数", Comparator.AtMost, 3m, "天", Measure.Cumulative),
                Target("T1.4", "空气质量综合指数", Comparator.AtMost, 4m, "", Measure.Level),
                Target("T1.5", "臭氧浓度", Comparator.AtMost, 160m, "微克/立方米", Measure.Level),
            ],
        });
        return plan;
    }

    private static Target Target(string code, string subject, Comparator comparator, decimal value, string unit, Measure measure) => new()
    {
        Code = code,
        Text = subject + value,
        Subject = subject,
        Kind = unit == "%" ? TargetKind.Share : TargetKind.Numeric,
        Comparator = comparator,
        Value = value,
        Unit = unit,
        Measure = measure,
        Deadline = new DateOnly(2026, 12, 31),
        Span = new SourceSpan(5, 10),
    };
}
