namespace Luoshi.Domain.Plans;

/// <summary>How the actual value is compared with the target value.</summary>
public enum Comparator
{
    /// <summary>At least the value (以上, 不低于, 达到, 超过). A bare promised number is also a floor.</summary>
    AtLeast,

    /// <summary>At most the value (以内, 以下, 不超过, 控制在).</summary>
    AtMost,

    /// <summary>Exactly the value: 100%, 全覆盖, zero events.</summary>
    Equal,

    /// <summary>About the value (左右, 约), within a tolerance the plan sets.</summary>
    About,

    /// <summary>Within the closed interval from the value to the upper value (6%-6.5%).</summary>
    Between,
}
