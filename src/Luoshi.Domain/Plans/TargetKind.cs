namespace Luoshi.Domain.Plans;

/// <summary>What kind of promise a target is; the kind decides how its value is measured.</summary>
public enum TargetKind
{
    /// <summary>An amount or level with a comparator: 新增就业6千人以上, 失业率控制在4%以内.</summary>
    Numeric,

    /// <summary>A part of a whole, in percent: 60%以上行政村达到…, 优良率90%以上.</summary>
    Share,

    /// <summary>Everything in scope is covered: 全覆盖 (= 100%).</summary>
    Coverage,

    /// <summary>Something done or not done by a date: 年内投入使用, 建成….</summary>
    Milestone,

    /// <summary>An event that must not happen at all: 不发生规模性返贫, 遏制重特大事故.</summary>
    BottomLine,

    /// <summary>A comparison with last year's value without a number: 只增不减, 提高…收入.</summary>
    Direction,

    /// <summary>A change against a baseline, signed: 增长5.5%左右 (+5.5), 下降4.2% (−4.2).</summary>
    Growth,

    /// <summary>A number of things to deliver, stated without a comparator: 新增公办学位1680个.</summary>
    Count,
}
