using Luoshi.ReportParsing.Drafts;
using Luoshi.ReportParsing.Explain;

namespace Luoshi.Cli.Output;

/// <summary>The <c>--explain</c> part of the Markdown breakdown: for each target the words that gave each of its parts,
/// and each number that is not a target with why, so an office can see why a promise reads as it does.</summary>
internal static class PlanExplanationWriter
{
    public static void Write(PlanDraft plan, TextWriter output)
    {
        if (plan.Dropped is null)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(Lang.Pick("## 说明：每个目标从哪些词读出", "## Explanation: the words each target was read from"));
        output.WriteLine();
        output.WriteLine(Lang.Pick("| 目标 | 读作 | 比较 | 数值 | 单位 | 主体 |", "| target | reads | comparator | value | unit | subject |"));
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var target in plan.Targets.Where(t => t.Explain is not null))
        {
            var e = target.Explain!;
            output.WriteLine($"| {target.Id} | {Cell(TargetSummary.Describe(target))} | {Part(e.Comparator)} | {Part(e.Value)} | {Part(e.Unit)} | {Part(e.Subject)} |");
        }

        output.WriteLine();
        output.WriteLine(Lang.Pick("## 未作为目标的数字", "## Numbers that are not targets"));
        output.WriteLine();
        output.WriteLine(Lang.Pick("| 任务 | 原文 | 原因 |", "| task | words | why |"));
        output.WriteLine("|---|---|---|");
        foreach (var dropped in plan.Dropped)
        {
            output.WriteLine($"| {dropped.Task} | {Cell(dropped.Words)} | {Cell(ExplainWords.Of(dropped.Reason).ToString())} |");
        }
    }

    // “以上”：数字后的比较词 — the report's words first, then the rule that read them.
    private static string Part(Evidence? evidence) => evidence is null ? ""
        : Cell(evidence.Words.Length > 0
            ? $"“{evidence.Words}”{Lang.Pick("：", ": ")}{ExplainWords.Of(evidence.Rule).ToString()}"
            : ExplainWords.Of(evidence.Rule).ToString());

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
