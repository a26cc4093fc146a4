using System.CommandLine;
using System.Globalization;
using Luoshi.Storage.Lifecycle;

namespace Luoshi.Cli.Commands.Tasks;

/// <summary><c>luoshi task assign|sign|milestones|close|extend|supervise</c>: the lifecycle steps of a task, each checked
/// for who may take it in the task's stage and audited (docs/lifecycle.md).</summary>
internal static class TaskCommand
{
    public static Command Create()
    {
        var command = new Command("task", "Supervise a task: 交办, 签收, milestones, 办结/复核/销号, 延期, 督办单");
        var r = new TaskStepRunner();
        command.Subcommands.Add(r.Command("assign", "交办: hand the task to its lead unit, with the office's limit to sign", (_, l, p, t, a, ct) => l.AssignAsync(p, t, a, ct)));
        command.Subcommands.Add(new TaskStepRunner().Command("sign", "签收: the lead unit acknowledges the task", (_, l, p, t, a, ct) => l.SignAsync(p, t, a, ct)));
        command.Subcommands.Add(MilestonesCommand());
        command.Subcommands.Add(Pair("close", "办结申请 and 复核", "--summary", "What was done (办结情况)",
            (l, p, t, a, text, ct) => l.RequestCloseAsync(p, t, a, text, ct), (l, p, t, a, ok, text, ct) => l.ReviewCloseAsync(p, t, a, ok, text, ct)));
        command.Subcommands.Add(ExtendCommand());
        command.Subcommands.Add(SuperviseCommand());
        return command;
    }

    private static Command MilestonesCommand()
    {
        var command = new Command("milestones", "节点计划: propose, approve or return, mark one done");
        var milestone = new Option<string[]>("--milestone") { Description = "A milestone as 名称;YYYY-MM-DD;佐证材料 (repeat for each)", Required = true };
        command.Subcommands.Add(new TaskStepRunner().Command("propose", "The lead unit proposes its milestones",
            (res, l, p, t, a, ct) => l.ProposeMilestonesAsync(p, t, a, [.. res.GetValue(milestone)!.Select(Draft)], ct), milestone));
        command.Subcommands.Add(new TaskStepRunner().Command("approve", "The office approves the proposed milestones",
            (_, l, p, t, a, ct) => l.DecideMilestonesAsync(p, t, a, approve: true, ct: ct)));
        var reason = new Option<string?>("--reason") { Description = "Why (退回原因)" };
        command.Subcommands.Add(new TaskStepRunner().Command("return", "The office returns the proposed milestones",
            (res, l, p, t, a, ct) => l.DecideMilestonesAsync(p, t, a, approve: false, res.GetValue(reason), ct), reason));
        var number = new Argument<int>("NUMBER") { Description = "The milestone's number" };
        var evidence = new Option<string?>("--evidence") { Description = "The evidence it is done (佐证材料)" };
        command.Subcommands.Add(new TaskStepRunner().Command("done", "The lead unit reports a milestone done",
            (res, l, p, t, a, ct) => l.CompleteMilestoneAsync(p, t, a, res.GetValue(number), res.GetValue(evidence), ct), number, evidence));
        return command;
    }

    private static Command ExtendCommand()
    {
        var command = new Command("extend", "延期申请 and its decision");
        var to = new Option<DateOnly>("--to") { Description = "The proposed deadline, YYYY-MM-DD", Required = true };
        var reason = new Option<string?>("--reason") { Description = "Why (延期理由 / 不同意的理由)" };
        command.Subcommands.Add(new TaskStepRunner().Command("request", "The lead unit asks for a later deadline",
            (res, l, p, t, a, ct) => l.RequestExtensionAsync(p, t, a, res.GetValue(to), res.GetValue(reason), ct), to, reason));
        var note = new Option<string?>("--note") { Description = "The office's note" };
        command.Subcommands.Add(new TaskStepRunner().Command("grant", "The office grants the extension",
            (res, l, p, t, a, ct) => l.DecideExtensionAsync(p, t, a, grant: true, res.GetValue(note), ct), note));
        var why = new Option<string?>("--reason") { Description = "Why it is refused" };
        command.Subcommands.Add(new TaskStepRunner().Command("refuse", "The office refuses the extension",
            (res, l, p, t, a, ct) => l.DecideExtensionAsync(p, t, a, grant: false, res.GetValue(why), ct), why));
        return command;
    }

    private static Command SuperviseCommand()
    {
        var command = new Command("supervise", "督办单: issue one for a lagging task, or answer it");
        var leader = new Option<string?>("--leader") { Description = "The unit's leader the notice is addressed to" };
        command.Subcommands.Add(new TaskStepRunner().Command("issue", "The office issues a supervision notice",
            (res, l, p, t, a, ct) => l.IssueNoticeAsync(p, t, a, res.GetValue(leader), ct), leader));
        var number = new Argument<string>("NUMBER") { Description = "The notice's number, e.g. 督办〔2022〕1号" };
        var response = new Option<string?>("--response") { Description = "The unit's answer" };
        command.Subcommands.Add(new TaskStepRunner().Command("answer", "The lead unit answers a notice",
            (res, l, p, t, a, ct) => l.AnswerNoticeAsync(p, t, a, res.GetValue(number)!, res.GetValue(response), ct), number, response));
        return command;
    }

    private static Command Pair(
        string name, string description, string textOption, string textDescription,
        Func<LifecycleLedger, int, string, LifecycleActor, string?, CancellationToken, Task<Storage.StoreResult>> request,
        Func<LifecycleLedger, int, string, LifecycleActor, bool, string?, CancellationToken, Task<Storage.StoreResult>> review)
    {
        var command = new Command(name, description);
        var text = new Option<string?>(textOption) { Description = textDescription };
        command.Subcommands.Add(new TaskStepRunner().Command("request", "The lead unit asks", (res, l, p, t, a, ct) => request(l, p, t, a, res.GetValue(text), ct), text));
        command.Subcommands.Add(new TaskStepRunner().Command("approve", "The office approves (销号)", (_, l, p, t, a, ct) => review(l, p, t, a, true, null, ct)));
        var reason = new Option<string?>("--reason") { Description = "Why it is returned" };
        command.Subcommands.Add(new TaskStepRunner().Command("return", "The office returns it", (res, l, p, t, a, ct) => review(l, p, t, a, false, res.GetValue(reason), ct), reason));
        return command;
    }

    // "名称;2022-06-30;佐证" — a day that does not read becomes DateOnly.MinValue, which the ledger refuses with its place.
    private static MilestoneDraft Draft(string text)
    {
        var parts = text.Split([';', '；']);
        var due = parts.Length > 1 && DateOnly.TryParseExact(parts[1].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : DateOnly.MinValue;
        return new MilestoneDraft(parts[0], due, parts.Length > 2 ? parts[2] : "");
    }
}
