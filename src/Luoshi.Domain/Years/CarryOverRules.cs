using Luoshi.Domain.Access;
using Luoshi.Domain.Closing;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Years;

/// <summary>Who carries which tasks of a closed year into the next year's plan (结转), and which by default.</summary>
public static class CarryOverRules
{
    /// <summary>The code of the section carried tasks go to in the next year's plan (上年度结转任务).</summary>
    public const string Section = "JZ";

    /// <summary>The code a carried task takes in the next plan: JZ1, JZ2… after those already carried.</summary>
    public static string TaskCode(int ordinal) => Section + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True for a task or target code given to a carried task.</summary>
    public static bool IsCarried(string code) => code.StartsWith(Section, StringComparison.Ordinal) && code.Length > Section.Length && char.IsAsciiDigit(code[Section.Length]);

    /// <summary>The default choice: every task the office confirmed 未完成 (基本完成 ones only when the office names them).</summary>
    public static bool ByDefault(ClosingResult? confirmed) => confirmed == ClosingResult.NotDone;

    /// <summary>Why <paramref name="role"/> may not carry over or match across years, or null: only the office decides.</summary>
    public static Problem? Refusal(AccountRole role) => role switch
    {
        AccountRole.Office or AccountRole.Administrator => null,
        AccountRole.Leader => new Problem(Catalogue.Closing.LeaderReadsOnly, Kind: ProblemKind.Forbidden),
        _ => new Problem(Catalogue.Years.OnlyOffice, Kind: ProblemKind.Forbidden),
    };

    /// <summary>Why a task with this account may not be carried: it must be confirmed and not 完成.</summary>
    public static Problem? TaskRefusal(string code, ClosingResult? confirmed) => confirmed switch
    {
        null => new Problem(Catalogue.Years.NotConfirmed(code), Place.OfField("tasks"), ProblemKind.Conflict),
        ClosingResult.Done => new Problem(Catalogue.Years.AlreadyDone(code), Place.OfField("tasks"), ProblemKind.Conflict),
        _ => null,
    };
}
