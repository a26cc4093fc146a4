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
    }
}
