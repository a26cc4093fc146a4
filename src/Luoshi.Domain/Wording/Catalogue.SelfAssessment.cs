using Luoshi.Domain.Assessment;
using Luoshi.Domain.Closing;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>The words of the unit's self-assessment (自评) and the office's review of it.</summary>
    public static class SelfAssessment
    {
        /// <summary>未报送, 待审核, 已退回, 已确认.</summary>
        public static Words StateName(SelfAssessmentState state) => state switch
        {
            SelfAssessmentState.Pending => new("未报送", "not submitted"),
            SelfAssessmentState.Submitted => new("待审核", "submitted, awaiting review"),
            SelfAssessmentState.Returned => new("已退回", "returned"),
            SelfAssessmentState.Confirmed => new("已确认", "confirmed"),
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
        };

        /// <summary>报送自评, 退回自评, 确认自评.</summary>
        public static Words StepName(SelfAssessmentStep step) => step switch
        {
            SelfAssessmentStep.Submit => new("报送自评", "submit the self-assessment"),
            SelfAssessmentStep.Return => new("退回自评", "return the self-assessment"),
            SelfAssessmentStep.Confirm => new("确认自评", "confirm the self-assessment"),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
        };

        /// <summary>考核办法, 单位自评, 督查室调整.</summary>
        public static Words SourceName(ScoreSource source) => source switch
        {
            ScoreSource.Scheme => new("考核办法", "scheme"),
            ScoreSource.SelfAssessment => new("单位自评", "self-assessment"),
            ScoreSource.Office => new("督查室调整", "office adjustment"),
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
        };

        /// <summary>A task's self-given result points beside what the scheme gives its confirmed result.</summary>
        public static Words ClaimedPoints(decimal points, decimal weight, ClosingResult? result, decimal byScheme) => new(
            $"自评{points:0.##}分（权重{weight:0.##}）；交账结果{(result is { } r ? Closing.ResultName(r).Zh : "未确认")}按考核办法为{byScheme:0.##}分",
            $"self-assessed {points:0.##} points (weight {weight:0.##}); the account's result, {(result is { } e ? Closing.ResultName(e).En : "unconfirmed")}, scores {byScheme:0.##} by the scheme");

        /// <summary>A claim of the unit, in its words.</summary>
        public static Words Claimed(string explanation) => new($"单位自评：{explanation}", $"claimed by the unit: {explanation}");

        /// <summary>A closing result corrected after the self-assessment was confirmed, and what it did to the task's points.</summary>
        public static Words CorrectedAfterConfirmation(SelfAssessmentCorrection c)
        {
            ArgumentNullException.ThrowIfNull(c);
            var day = c.On.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return new(
                $"自评确认后更正：{day} 督查室（{c.By}）将任务 {c.Task} 交账结果由{Closing.ResultName(c.Before).Zh}更正为{Closing.ResultName(c.After).Zh}（{c.Reason}），自评分由{c.PointsBefore:0.##}分改为{c.PointsAfter:0.##}分",
                $"corrected after confirmation: on {day} the office ({c.By}) corrected task {c.Task}'s result from {Closing.ResultName(c.Before).En} to {Closing.ResultName(c.After).En} ({c.Reason}); its points changed from {c.PointsBefore:0.##} to {c.PointsAfter:0.##}");
        }

        /// <summary>An office adjustment, with its reason.</summary>
        public static Words Adjusted(string reason) => new($"督查室调整：{reason}", $"adjusted by the office: {reason}");

        /// <summary>The office tried to submit.</summary>
        public static Words OnlyUnitSubmits => new("只有牵头单位可以报送自评", "only the lead unit may submit its self-assessment");

        /// <summary>A unit acting on another unit's self-assessment.</summary>
        public static Words NotYourUnit => new("只能报送本单位的自评，不能代其他单位报送", "a unit submits its own self-assessment, not another's");

        /// <summary>A unit reading another unit's self-assessment.</summary>
        public static Words OnlyOwnToRead => new("只能查看本单位的自评", "a unit reads its own self-assessment only");

        /// <summary>A unit taking the office's step.</summary>
        public static Words OnlyOffice(SelfAssessmentStep step) => new($"只有督查室可以{StepName(step).Zh}", $"only the supervision office may {StepName(step).En}");

        /// <summary>A unit that leads no task.</summary>
        public static Words LeadsNothing(string unit, int year) => new($"{unit}在{year}年度没有牵头任务，无需自评", $"{unit} leads no task in {year}; it has nothing to assess");

        /// <summary>The step is not allowed in this state.</summary>
        public static Words WrongState(SelfAssessmentStep step, SelfAssessmentState state) => new(
            $"自评当前为“{StateName(state).Zh}”，不能{StepName(step).Zh}", $"the self-assessment is {StateName(state).En}; it cannot {StepName(step).En} now");

        /// <summary>A confirmed self-assessment.</summary>
        public static Words Frozen => new("自评已确认，得分已定，不能再报送或修改", "the self-assessment is confirmed and its score final; it cannot change");

        /// <summary>A task the unit does not lead.</summary>
        public static Words NotYourTask(string task) => new($"任务 {task} 不由本单位牵头，不能计入自评", $"task {task} is not led by this unit");

        /// <summary>Points that are none of the scheme's result points.</summary>
        public static Words NotSchemePoints(string task, decimal points, ScoringScheme scheme) => new(
            $"任务 {task} 自评{points:0.##}分不符合考核方案，须为完成{scheme.Done:0.##}分、基本完成{scheme.BasicallyDone:0.##}分或未完成{scheme.NotDone:0.##}分",
            $"task {task}: {points:0.##} is not a score of the scheme; it must be {scheme.Done:0.##} (done), {scheme.BasicallyDone:0.##} (basically done) or {scheme.NotDone:0.##} (not done)");

        /// <summary>A task left without points.</summary>
        public static Words PointsNeeded(string task) => new($"请填写任务 {task} 的自评分", $"task {task} needs its self-assessed points");

        /// <summary>A claim or adjustment of no points.</summary>
        public static Words ZeroPoints => new("加减分不能为0分", "an addition or deduction cannot be 0 points");

        /// <summary>Claimed additions or deductions above the scheme's cap.</summary>
        public static Words AboveCap(bool additions, decimal total, decimal cap) => additions
            ? new($"自评加分合计{total:0.##}分，超过考核方案的加分上限{cap:0.##}分", $"claimed additions of {total:0.##} exceed the scheme's cap of {cap:0.##}")
            : new($"自评扣分合计{total:0.##}分，超过考核方案的扣分上限{cap:0.##}分", $"claimed deductions of {total:0.##} exceed the scheme's cap of {cap:0.##}");

        /// <summary>A final score below 0 or above the scheme's highest.</summary>
        public static Words OutOfRange(decimal final, decimal highest) => new(
            $"调整后得分为{final:0.##}分，须在0至{highest:0.##}分之间", $"the adjusted score of {final:0.##} must be within 0–{highest:0.##}");

        /// <summary>自评说明.</summary>
        public static Words ExplanationField => new("自评说明", "the explanation");

        /// <summary>加减分说明.</summary>
        public static Words ClaimExplanation => new("加减分说明", "the claim's explanation");

        /// <summary>调整原因.</summary>
        public static Words AdjustmentReason => new("调整原因", "the adjustment's reason");

        /// <summary>退回原因.</summary>
        public static Words ReturnReason => new("退回原因", "the return's reason");

        /// <summary>A line of points that is not “T1=80”, “T1:+2:说明” or “+2:说明”.</summary>
        public static Words BadLine(string line) => new($"无法识别“{line}”，应写作 T1=100 或 T1:+2:说明 或 +2:说明", $"cannot read “{line}”; write T1=100, T1:+2:why or +2:why");

        /// <summary>No such unit.</summary>
        public static Words NoUnit(string unit) => new($"没有单位“{unit}”", $"there is no unit “{unit}”");
    }
}
