using System.Security.Cryptography;
using System.Text;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;

namespace Luoshi.Bench.Villages;

/// <summary>The plan whose five targets the re-aggregation evaluates: 基准省 2022, monthly, one task with the village
/// targets of a work report, each bound to a village indicator over the whole region.</summary>
internal static class VillagePlan
{
    public static readonly (string Target, string Binding)[] Bindings =
    [
        ("V1.1", "villages.tier-share:美丽宜居村"), ("V1.2", "villages.sewage-coverage:region"), ("V1.3", "villages.sewage-operating:region"),
        ("V1.4", "villages.collective-income:region"), ("V1.5", "villages.income-under-threshold:P"),
    ];

    public static Plan Create()
    {
        const string text = "一、乡村振兴\n确保60%以上行政村达到美丽宜居村标准，实现村级一体化污水处理设施全覆盖，提高村级集体经济经营性收入。";
        var plan = new Plan
        {
            Region = "基准省", Year = 2022, SourceName = "villages.txt", SourceText = text,
            SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            Sections = [new Section { Code = "S1", Number = "一", Title = "乡村振兴", Level = 1, Span = new SourceSpan(0, 6) }],
        };
        plan.Tasks.Add(new PlanTask
        {
            Code = "V1", SectionCode = "S1", Text = text[7..], Span = new SourceSpan(7, text.Length - 7), LeadUnit = "农业农村厅",
            Deadline = new DateOnly(2022, 12, 31),
            Targets =
            [
                Target("V1.1", Measure.Ratio, Comparator.AtLeast, 60m, null), Target("V1.2", Measure.Ratio, Comparator.Equal, 100m, null),
                Target("V1.3", Measure.Ratio, Comparator.Equal, 100m, null), Target("V1.4", Measure.Direction, Comparator.AtLeast, null, 440_000m),
                Target("V1.5", Measure.Level, Comparator.AtMost, 0m, null),
            ],
        });
        return plan;
    }

    private static Target Target(string code, Measure measure, Comparator comparator, decimal? value, decimal? baseline) => new()
    {
        Code = code, Text = code, Subject = code, Kind = TargetKind.Numeric, Comparator = comparator, Value = value, Measure = measure,
        Baseline = baseline, Deadline = new DateOnly(2022, 12, 31), Span = new SourceSpan(7, 10),
    };
}
