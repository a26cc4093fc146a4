using System.Security.Cryptography;
using System.Text;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;

namespace Luoshi.Storage.Tests.Villages;

/// <summary>A plan of 2022 (monthly, due on the 28th, year-end deadlines) with the village targets of the sample
/// report: V1.1 60%以上行政村达到美丽宜居村标准, V1.2 the same for 江谷镇, V1.3 污水处理设施全覆盖, V1.4 提高集体经济经营性收入
/// (last year's 69.5万元 as baseline), V1.5 no village under the income line.</summary>
public static class VillagePlan
{
    public const string Text = "一、乡村振兴\n确保60%以上行政村达到美丽宜居村标准，实现村级一体化污水处理设施全覆盖，提高村级集体经济经营性收入。";

    public static Plan Create()
    {
        var plan = new Plan
        {
            Region = "测试市",
            Year = 2022,
            SourceName = "villages.txt",
            SourceText = Text,
            SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text))),
            Sections = [new Section { Code = "S1", Number = "一", Title = "乡村振兴", Level = 1, Span = new SourceSpan(0, 6) }],
        };
        plan.Tasks.Add(new PlanTask
        {
            Code = "V1",
            SectionCode = "S1",
            Text = Text[7..],
            Span = new SourceSpan(7, Text.Length - 7),
            LeadUnit = "农业农村局",
            Deadline = new DateOnly(2022, 12, 31),
            Targets =
            [
                Target("V1.1", "行政村达到美丽宜居村标准", TargetKind.Share, Measure.Ratio, Comparator.AtLeast, 60m, "%"),
                Target("V1.2", "江谷镇行政村达到美丽宜居村标准", TargetKind.Share, Measure.Ratio, Comparator.AtLeast, 60m, "%"),
                Target("V1.3", "村级一体化污水处理设施覆盖", TargetKind.Coverage, Measure.Ratio, Comparator.Equal, 100m, "%"),
                Target("V1.4", "村级集体经济经营性收入", TargetKind.Direction, Measure.Direction, Comparator.AtLeast, null, "万元", baseline: 69.5m),
                Target("V1.5", "集体经济经营性收入10万元以下村", TargetKind.Count, Measure.Level, Comparator.AtMost, 0m, "个"),
            ],
        });
        return plan;
    }

    private static Target Target(
        string code, string subject, TargetKind kind, Measure measure, Comparator comparator, decimal? value, string unit, decimal? baseline = null) => new()
    {
        Code = code,
        Text = subject,
        Subject = subject,
        Kind = kind,
        Comparator = comparator,
        Value = value,
        Unit = unit,
        Measure = measure,
        Baseline = baseline,
        Deadline = new DateOnly(2022, 12, 31),
        Span = new SourceSpan(7, 10),
    };
}
