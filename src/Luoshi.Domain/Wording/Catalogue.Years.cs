using Luoshi.Domain.Years;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>The words of promises across years: carry-over (结转) and matching targets to last year's.</summary>
    public static class Years
    {
        /// <summary>The title of the section carried tasks go to.</summary>
        public static Words CarrySection(int from) => new($"{from}年度结转任务", $"tasks carried over from {from}");

        /// <summary>A unit's or leader's attempt at the office's decision.</summary>
        public static Words OnlyOffice => new("只有督查室可以决定结转和跨年度对应", "only the supervision office decides carry-over and matches across years");

        /// <summary>A task whose account is not confirmed.</summary>
        public static Words NotConfirmed(string code) => new($"任务 {code} 的交账结果尚未确认，不能结转", $"task {code}'s year-end result is not confirmed; it cannot be carried over");

        /// <summary>A task confirmed 完成.</summary>
        public static Words AlreadyDone(string code) => new($"任务 {code} 已完成，不需结转", $"task {code} is done; there is nothing to carry over");

        /// <summary>A task carried before.</summary>
        public static Words AlreadyCarried(string code, int year, string to) => new($"任务 {code} 已结转为{year}年度任务 {to}", $"task {code} was already carried over as {year}'s task {to}");

        /// <summary>No such task in the closed plan.</summary>
        public static Words NoTask(string code) => new($"没有任务 {code}", $"there is no task {code}");

        /// <summary>Nothing chosen and nothing 未完成.</summary>
        public static Words NothingToCarry(int year) => new($"{year}年度没有需要结转的任务（没有确认为“未完成”的任务）", $"{year} has nothing to carry over (no task confirmed not done)");

        /// <summary>The next year's plan is not in the ledger yet.</summary>
        public static Words NoNextPlan(string region, int year) => new($"台账中还没有{region}{year}年度工作方案，请先导入", $"the ledger holds no {year} plan of {region} yet; import it first");

        /// <summary>The plan's year has not been closed.</summary>
        public static Words NotClosed(int year) => new($"{year}年度年底交账尚未开启，不能结转", $"{year}'s year-end closing is not open; nothing can be carried over");

        /// <summary>A carried task on the task page, lists and documents.</summary>
        public static Words CarriedFrom(int year, string code) => new($"结转自{year}年度任务 {code}", $"carried over from {year}'s task {code}");

        /// <summary>Short mark for lists.</summary>
        public static Words CarriedMark(int year) => new($"{year}年结转", $"carried from {year}");

        /// <summary>No such target in the later plan.</summary>
        public static Words NoTarget(string code) => new($"没有目标 {code}", $"there is no target {code}");

        /// <summary>The earlier target named is not in the region's earlier plan.</summary>
        public static Words NoEarlierTarget(string code, int year) => new($"{year}年度方案中没有目标 {code}", $"{year}'s plan has no target {code}");

        /// <summary>No earlier plan of the region.</summary>
        public static Words NoEarlierPlan(string region, int year) => new($"台账中没有{region}{year}年以前的工作方案", $"the ledger holds no plan of {region} before {year}");

        /// <summary>The earlier target already matches another.</summary>
        public static Words EarlierTaken(string earlier, string other) => new($"上年目标 {earlier} 已对应本年目标 {other}", $"last year's target {earlier} already matches this year's {other}");

        /// <summary>How a match was found.</summary>
        public static Words RuleName(MatchRule rule) => rule switch
        {
            MatchRule.Indicator => new("同一指标", "same indicator"),
            MatchRule.Subject => new("同一事项", "same subject"),
            MatchRule.Office => new("督查室指定", "named by the office"),
            MatchRule.CarryOver => new("结转任务", "carried-over task"),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
        };

        /// <summary>Suggested or confirmed.</summary>
        public static Words StateName(MatchState state) => state == MatchState.Confirmed ? new("已确认", "confirmed") : new("待确认", "to confirm");

        /// <summary>A year not closed in a target's series.</summary>
        public static Words NotClosedYet => new("尚未交账", "not closed yet");

        /// <summary>The field naming last year's target.</summary>
        public static Words EarlierTarget => new("上年对应目标", "last year's matching target");

        /// <summary>The heading of last year's result beside this year's promise.</summary>
        public static Words LastYear => new("上年", "last year");
    }
}
