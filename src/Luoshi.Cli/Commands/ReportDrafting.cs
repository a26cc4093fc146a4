using Luoshi.Domain.Time;
using Luoshi.ReportParsing;
using Luoshi.ReportParsing.Drafts;
using Luoshi.ReportParsing.Input;
using Luoshi.ReportParsing.Units;

namespace Luoshi.Cli.Commands;

/// <summary>Reads a report file and drafts its task breakdown: what <c>luoshi parse</c> prints and <c>luoshi import</c> stores.</summary>
internal static class ReportDrafting
{
    /// <summary>The draft and the report's text, or null after one line on <paramref name="error"/> prefixed with
    /// <paramref name="command"/>; <paramref name="explain"/> also keeps why each target and dropped number reads as it does.</summary>
    public static (PlanDraft Plan, string Text)? Draft(
        string path, int? year, string? region, string? departmentsPath, string command, TextWriter error, bool explain = false)
    {
        var read = ReportReader.Read(path);
        if (!read.Succeeded)
        {
            error.WriteLine($"{command}: {read.Error}");
            return null;
        }

        var (table, tableError) = DepartmentKeywordTable.Load(departmentsPath ?? DepartmentKeywordTable.DefaultPath);
        if (table is null)
        {
            error.WriteLine($"{command}: {tableError}");
            return null;
        }

        var planYear = year ?? ReportParser.InferYear(read.Report.Text);
        if (planYear is null)
        {
            planYear = ChinaTime.Today(TimeProvider.System).Year;
            error.WriteLine($"{command}: {read.Report.Name} names no plan year; assuming {planYear} (set it with --year)");
        }

        return (ReportParser.Parse(read.Report, new ParseOptions(planYear.Value, region, table, explain)), read.Report.Text);
    }

    /// <summary>Why a report's <paramref name="text"/> gave no task, in Chinese and English: every task is a sentence
    /// ending in 。！？； so a text without one (unpunctuated, binary, not a report) has none.</summary>
    public static string NoTasks(string text)
    {
        var lines = text.Split('\n').Count(l => !string.IsNullOrWhiteSpace(l));
        return $"未识别出任何任务，未导入：全文 {lines} 段、{text.Length} 个字符中没有一个以句末标点（。！？；）结束的句子，而每项任务都是这样一句话；"
            + "这不像一份政府工作报告（无标点或二进制文本）"
            + $"（no task found, nothing imported: its {lines} paragraph(s) and {text.Length} characters hold no sentence ending in 。！？ or ；, "
            + "and every task is such a sentence; this does not look like a work report）";
    }
}
