namespace Luoshi.Domain.Values;

/// <summary>Yes or no as registers write it, in English or Chinese (是/否, 有/无, √/×, 1/0); a pass or fail result
/// also as 通过/达标/合格 and their opposites. Anything else is refused (null).</summary>
public static class YesNoText
{
    /// <summary>True for yes, false for no, null for anything else.</summary>
    public static bool? Parse(string text) => (text ?? "").Trim().ToLowerInvariant() switch
    {
        "yes" or "y" or "true" or "1" or "是" or "有" or "√" or "✓" => true,
        "no" or "n" or "false" or "0" or "否" or "无" or "×" or "✗" => false,
        _ => null,
    };

    /// <summary>A pass/fail result: besides yes/no, pass/fail, 通过/达标/合格 and their opposites.</summary>
    public static bool? Passed(string text) => (text ?? "").Trim().ToLowerInvariant() switch
    {
        "pass" or "passed" or "通过" or "达标" or "合格" => true,
        "fail" or "failed" or "不通过" or "未通过" or "不达标" or "未达标" or "不合格" => false,
        var other => Parse(other),
    };
}
