using System.Security.Cryptography;
using System.Text;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;

namespace Luoshi.Storage.Tests.Monitoring;

/// <summary>A plan of 2022 (monthly, due on the 28th) with the two environmental targets of the sample report:
/// T1.1 城区空气质量优良率 ≥ 90% and T1.2 省考及以上断面水质达标率 ≥ 100%, both measured as a level held all year.</summary>
public static class MonitoringPlans
{
    public const string Text = "一、生态\n确保城区空气质量优良率达90%以上，保持3个省考及以上断面水质达标率100%。";

    public static Plan Create(string text = Text)
    {
        var plan = new Plan
        {
            Region = "测试市",
            Year = 2022,
            SourceName = "report.txt",
            SourceText = text,
            SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            Sections = [new Section { Code = "S1", Number = "一", Title = "生态", Level = 1, Span = new SourceSpan(0, 4) }],
        };
        plan.Tasks.Add(new PlanTask
        {
            Code = "T1",
            SectionCode = "S1",
            Text = text[5..],
            Span = new SourceSpan(5, text.Length - 5),
            LeadUnit = "生态环境局",
            Deadline = new DateOnly(2022, 12, 31),
            Targets = [Share("T1.1", "城区空气质量优良率", 90m), Share("T1.2", "省考及以上断面水质达标率", 100m)],
        });
        return plan;
    }

    private static Target Share(string code, string subject, decimal value) => new()
    {
        Code = code,
        Text = subject + value,
        Subject = subject,
        Kind = TargetKind.Share,
        Comparator = Comparator.AtLeast,
        Value = value,
        Unit = "%",
        Measure = Measure.Level,
        Deadline = new DateOnly(2022, 12, 31),
        Span = new SourceSpan(7, 14),
    };
}
