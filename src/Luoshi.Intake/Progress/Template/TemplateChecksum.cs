using System.Security.Cryptography;
using System.Text;

namespace Luoshi.Intake.Progress.Template;

/// <summary>The checksum of a template row's hidden ids: an id changed by hand (another task, another unit, another
/// plan) no longer matches it. It guards against slips and casual edits, not against someone who reads this code.</summary>
public static class TemplateChecksum
{
    /// <summary>The checksum of one row's ids.</summary>
    public static string Of(string planId, string task, string target, string period, string unit)
    {
        var text = string.Join('|', "luoshi-template-1", planId, task, target, period, unit);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
