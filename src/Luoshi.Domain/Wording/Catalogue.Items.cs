using Luoshi.Domain.Lifecycle;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    public static partial class Lifecycle
    {
        /// <summary>领导批示件, 会议议定事项, 上级交办, 人大建议, 政协提案.</summary>
        public static Words SourceName(ItemSource source) => source switch
        {
            ItemSource.Instruction => new("领导批示件", "leader's instruction"),
            ItemSource.MeetingDecision => new("会议议定事项", "meeting decision"),
            ItemSource.FromAbove => new("上级交办", "assigned from above"),
            ItemSource.DeputySuggestion => new("人大建议", "deputies' suggestion"),
            ItemSource.CppccProposal => new("政协提案", "CPPCC proposal"),
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
        };

        /// <summary>满意, 基本满意, 不满意.</summary>
        public static Words SatisfactionName(Satisfaction satisfaction) => satisfaction switch
        {
            Satisfaction.Satisfied => new("满意", "satisfied"),
            Satisfaction.Basically => new("基本满意", "basically satisfied"),
            _ => new("不满意", "not satisfied"),
        };
    
        /// <summary>No item with that number.</summary>
        public static Words NoSuchItem(string number) => new($"没有督办事项 {number}", $"there is no supervised item {number}");

        /// <summary>A closed item is not changed.</summary>
        public static Words ItemClosed(string number) => new($"督办事项 {number} 已销号，不能修改", $"the supervised item {number} is closed and cannot be changed");

        /// <summary>An items file without rows.</summary>
        public static Words NoItems { get; } = new("标题行下至少需要一项督办事项", "expected at least one item below the header");

        /// <summary>A year cell.</summary>
        public static Words AYear { get; } = new("年度，如 2022", "a year such as 2022");

        /// <summary>One item created, or a file's items.</summary>
        public static Words ItemsImported(long count) => new($"已导入 {count} 项督办事项", $"{count} item(s) imported");

        /// <summary>An item stored.</summary>
        public static Words ItemCreated(string number) => new($"已创建督办事项 {number}", $"item {number} created");

        /// <summary>An item changed.</summary>
        public static Words ItemSaved(string number) => new($"已保存督办事项 {number}", $"item {number} saved");

        /// <summary>事项名称.</summary>
        public static Words ItemTitle { get; } = new("事项名称", "the item's title");

        /// <summary>答复内容.</summary>
        public static Words ReplyText { get; } = new("给代表委员的答复内容", "the reply to the deputy or member");

        /// <summary>满意度.</summary>
        public static Words SatisfactionField { get; } = new("代表委员的满意度（满意、基本满意、不满意）", "the deputy's satisfaction (satisfied, basically, not satisfied)");

        /// <summary>A source that is none of the five.</summary>
        public static Words UnknownSource(string name) => new(
            $"没有名为“{name}”的督办来源（领导批示件、会议议定事项、上级交办、人大建议、政协提案）",
            $"there is no source \"{name}\" (instruction, meeting_decision, from_above, deputy_suggestion, cppcc_proposal)");

        /// <summary>A reporter asked for another unit's 交办单.</summary>
        public static Words OnlyOwnAssignment { get; } = new("只能下载本单位的交办单", "a unit may download only its own assignment notice");

        /// <summary>An unknown unit.</summary>
        public static Words UnknownUnit(string name) => new($"没有名为“{name}”的单位（名称或简称）", $"no unit is called \"{name}\" (name or alias)");

        /// <summary>A due day already past.</summary>
        public static Words DueBeforeToday(DateOnly due, DateOnly today) => new($"办理时限 {Day(due)} 早于今天 {Day(today)}", $"the due day {Day(due)} is before today {Day(today)}");

        /// <summary>A step that only plan tasks have.</summary>
        public static Words NotForItems(LifecycleStep step) => new($"督办事项不能{StepName(step).Zh}", $"a supervised item cannot {StepName(step).En}");
    }
}
