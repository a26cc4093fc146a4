using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;

namespace Luoshi.Bench.Ledger;

/// <summary>Draws targets in the proportions a county's task breakdown has them: mostly amounts to deliver and rates
/// to hold, some shares of villages and some projects to finish. Goals are round numbers, as reports write them.</summary>
internal static class TargetMix
{
    private static readonly (string Subject, string Unit, int Min, int Max, int Step)[] Amounts =
    [
        ("城镇新增就业", "人", 2_000, 12_000, 500), ("职业技能培训", "人次", 1_000, 8_000, 500),
        ("新增公办学位", "个", 200, 3_000, 20), ("改造老旧小区", "个", 5, 60, 1), ("新建5G基站", "个", 50, 800, 10),
        ("农村劳动力转移就业", "人", 500, 5_000, 100),
    ];

    private static readonly (string Subject, decimal[] Goals)[] Ceilings =
    [
        ("城镇登记失业率", [3.5m, 4m, 4.5m, 5m, 5.5m]), ("居民消费价格涨幅", [3m, 3.5m]), ("PM2.5平均浓度", [25m, 30m, 35m]),
    ];

    private static readonly (string Subject, decimal[] Goals)[] Floors =
    [
        ("城区空气质量优良率", [85m, 90m, 92m, 95m]), ("地表水考核断面达标率", [80m, 90m]), ("农村自来水普及率", [90m, 95m]),
    ];

    private static readonly string[] Shares = ["行政村达到美丽宜居村标准", "村集体经济收入超过10万元", "自然村实现雨污分流"];

    private static readonly string[] Projects = ["幼儿园投入使用", "污水处理厂二期建成", "人民医院新院区启用", "高速连接线通车"];

    /// <summary>The <paramref name="index"/>-th target of task <paramref name="taskCode"/>.</summary>
    public static Target Next(Random rng, string taskCode, int index, int year)
    {
        var roll = rng.Next(100);
        var target = roll switch
        {
            < 36 => Amount(rng),
            < 51 => Level(rng, Ceilings, Comparator.AtMost, "以内"),
            < 66 => Level(rng, Floors, Comparator.AtLeast, "以上"),
            < 80 => Share(rng),
            < 85 => Coverage(rng),
            _ => Milestone(rng),
        };
        target.Code = $"{taskCode}.{index}";
        target.Deadline = Deadline(rng, year);
        return target;
    }

    // Most promises fall due at year end; 年中 (30 June) and 三季度末 (30 September) ones make Missed and Achieved
    // after the deadline occur at the benchmark's as-of date.
    private static DateOnly Deadline(Random rng, int year) => rng.Next(100) switch
    {
        < 75 => new DateOnly(year, 12, 31),
        < 90 => new DateOnly(year, 6, 30),
        _ => new DateOnly(year, 9, 30),
    };

    private static Target Amount(Random rng)
    {
        var (subject, unit, min, max, step) = Amounts[rng.Next(Amounts.Length)];
        var goal = min + (step * rng.Next((max - min) / step + 1));
        return Make($"{subject}{goal}{unit}以上", subject, TargetKind.Numeric, Comparator.AtLeast, goal, unit, Measure.Cumulative, null);
    }

    private static Target Level(Random rng, (string Subject, decimal[] Goals)[] table, Comparator comparator, string word)
    {
        var (subject, goals) = table[rng.Next(table.Length)];
        var goal = goals[rng.Next(goals.Length)];
        return Make($"{subject}{goal}%{word}", subject, TargetKind.Numeric, comparator, goal, "%", Measure.Level, null);
    }

    private static Target Share(Random rng)
    {
        var subject = Shares[rng.Next(Shares.Length)];
        var baseline = 10m * rng.Next(2, 6);
        var goal = baseline + (5m * rng.Next(2, 9));
        return Make($"{goal}%以上{subject}", subject, TargetKind.Share, Comparator.AtLeast, goal, "%", Measure.Ratio, baseline);
    }

    private static Target Coverage(Random rng)
    {
        var baseline = 10m * rng.Next(5, 9);
        return Make("实现村级一体化污水处理设施全覆盖", "村级一体化污水处理设施覆盖", TargetKind.Coverage, Comparator.Equal, 100m, "%",
            Measure.Ratio, baseline);
    }

    private static Target Milestone(Random rng)
    {
        var subject = Projects[rng.Next(Projects.Length)];
        return Make($"确保{subject}", subject, TargetKind.Milestone, Comparator.AtLeast, null, null, Measure.Milestone, null);
    }

    private static Target Make(string text, string subject, TargetKind kind, Comparator comparator, decimal? value, string? unit,
        Measure measure, decimal? baseline) => new()
        {
            Code = "",
            Text = text,
            Subject = subject,
            Kind = kind,
            Comparator = comparator,
            Value = value,
            Unit = unit,
            Measure = measure,
            Baseline = baseline,
        };
}
