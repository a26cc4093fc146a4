namespace Luoshi.Domain.Lifecycle;

/// <summary>Where a supervised item comes from when it is not a task of the work report.</summary>
public enum ItemSource
{
    /// <summary>领导批示件: a leader's written instruction.</summary>
    Instruction,

    /// <summary>会议议定事项: a decision of a meeting.</summary>
    MeetingDecision,

    /// <summary>上级交办: an item assigned from above.</summary>
    FromAbove,

    /// <summary>人大建议: a people's congress deputies' suggestion.</summary>
    DeputySuggestion,

    /// <summary>政协提案: a CPPCC members' proposal.</summary>
    CppccProposal,
}

/// <summary>How a deputy or member rated the reply to a suggestion or proposal (满意度).</summary>
public enum Satisfaction
{
    /// <summary>满意.</summary>
    Satisfied,

    /// <summary>基本满意.</summary>
    Basically,

    /// <summary>不满意.</summary>
    NotSatisfied,
}

/// <summary>The numbering of supervised items: year, source word, three-digit sequence (2022-批示-015).</summary>
public static class ItemNumbers
{
    /// <summary>The short word of a source in a number (批示, 会议, 交办, 建议, 提案).</summary>
    public static string Word(ItemSource source) => source switch
    {
        ItemSource.Instruction => "批示",
        ItemSource.MeetingDecision => "会议",
        ItemSource.FromAbove => "交办",
        ItemSource.DeputySuggestion => "建议",
        ItemSource.CppccProposal => "提案",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>2022-批示-015.</summary>
    public static string Format(int year, ItemSource source, int sequence) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year}-{Word(source)}-{sequence:000}");

    /// <summary>True when the source carries a reply to a deputy and its rating (人大建议, 政协提案).</summary>
    public static bool HasReply(ItemSource source) => source is ItemSource.DeputySuggestion or ItemSource.CppccProposal;

    /// <summary>The source whose word or name is <paramref name="text"/> (批示, 领导批示件, instruction…), or null.</summary>
    public static ItemSource? Parse(string text) =>
        Enum.GetValues<ItemSource>().Cast<ItemSource?>().FirstOrDefault(s =>
            text == Word(s!.Value) || text == Wording.Catalogue.Lifecycle.SourceName(s.Value).Zh
            || string.Equals(text, s.Value.ToString(), StringComparison.OrdinalIgnoreCase));
}
