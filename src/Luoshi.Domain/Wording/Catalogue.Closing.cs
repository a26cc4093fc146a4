using Luoshi.Domain.Closing;
using Luoshi.Domain.Lifecycle;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>The words of the year-end closing (年底交账): results, states, steps and refusals.</summary>
    public static class Closing
    {
        /// <summary>完成, 基本完成, 未完成.</summary>
        public static Words ResultName(ClosingResult result) => result switch
        {
            ClosingResult.Done => new("完成", "done"),
            ClosingResult.BasicallyDone => new("基本完成", "basically done"),
            ClosingResult.NotDone => new("未完成", "not done"),
            _ => throw new ArgumentOutOfRangeException(nameof(result), result, null),
        };

        /// <summary>未报送, 待审核, 已退回, 已确认.</summary>
        public static Words StateName(ClosingState state) => state switch
        {
            ClosingState.Pending => new("未报送", "not submitted"),
            ClosingState.Submitted => new("待审核", "submitted, awaiting review"),
            ClosingState.Returned => new("已退回", "returned"),
            ClosingState.Confirmed => new("已确认", "confirmed"),
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
        };

        /// <summary>开启年底交账, 报送交账, 退回, 确认, 更正.</summary>
        public static Words StepName(ClosingStep step) => step switch
        {
            ClosingStep.Open => new("开启年底交账", "open the year-end closing"),
            ClosingStep.Submit => new("报送交账", "submit the year-end account"),
            ClosingStep.Return => new("退回交账", "return the account"),
            ClosingStep.Confirm => new("确认交账", "confirm the account"),
            ClosingStep.Correct => new("更正交账结果", "correct the confirmed result"),
            ClosingStep.Attach => new("上传佐证材料", "attach evidence files"),
            ClosingStep.Detach => new("删除佐证材料", "remove evidence files"),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
        };

        /// <summary>A unit with no part in the task.</summary>
        public static Words NotYourTask => new("该任务不由本单位牵头，不能报送交账", "your unit does not lead this task; it cannot account for it");

        /// <summary>A leader's account.</summary>
        public static Words LeaderReadsOnly => new("领导账号只能查看，不能办理", "a leader's account reads only");

        /// <summary>A supporting unit tried to submit.</summary>
        public static Words OnlyLeadSubmits => new("配合单位不能报送交账，请由牵头单位报送", "a supporting unit cannot submit; the lead unit does");

        /// <summary>The office taking the unit's step, or the other way round.</summary>
        public static Words OnlyRole(TaskRole actor, ClosingStep step) => actor == TaskRole.Office
            ? new($"只有督查室可以{StepName(step).Zh}", $"only the supervision office may {StepName(step).En}")
            : new($"只有牵头单位可以{StepName(step).Zh}", $"only the lead unit may {StepName(step).En}");

        /// <summary>The step is not allowed in the account's state.</summary>
        public static Words WrongState(ClosingStep step, ClosingState state) => new(
            $"交账当前为“{StateName(state).Zh}”，不能{StepName(step).Zh}",
            $"the account is {StateName(state).En}; it cannot {StepName(step).En} now");

        /// <summary>An evidence file the account does not have.</summary>
        public static Words NoSuchFile(int id) => new($"该交账没有编号为 {id} 的佐证材料", $"the account has no evidence file {id}");

        /// <summary>The evidence column's heading for uploaded files.</summary>
        public static Words FilesHeading => new("佐证材料文件", "evidence files");

        /// <summary>An uploaded file in the closing workbook's evidence column.</summary>
        public static Words FileEntry(string name) => new($"附件：{name}", $"file: {name}");

        /// <summary>The upload button.</summary>
        public static Words Upload => new("上传佐证材料", "upload evidence");

        /// <summary>The removal button.</summary>
        public static Words Remove => new("删除", "remove");

        /// <summary>No file uploaded yet.</summary>
        public static Words NoFiles => new("尚未上传佐证材料文件", "no evidence files yet");

        /// <summary>The upload form's hint: the accepted kinds and the size limit.</summary>
        public static Words UploadHint(string kinds, long megabytes) => new(
            $"可上传 {kinds} 文件，每个不超过 {megabytes} MB；确认后不能再增删", $"{kinds} files of at most {megabytes} MB each; frozen once confirmed");

        /// <summary>An evidence file stored, as the command line says it.</summary>
        public static Words Uploaded(string task, string name, int id, long bytes) => new(
            $"{task}：已上传佐证材料 {name}（编号 {id}，{bytes} 字节）", $"{task}: evidence file {name} uploaded (number {id}, {bytes} bytes)");

        /// <summary>An evidence file taken off, as the command line says it.</summary>
        public static Words Removed(string task, int id) => new($"{task}：已删除编号为 {id} 的佐证材料", $"{task}: evidence file {id} removed");

        /// <summary>One evidence file as the command line lists it.</summary>
        public static Words FileLine(int id, string name, long bytes, string by, string at, string sha256) => new(
            $"{id}  {name}  {bytes} 字节  {by} 于 {at} 上传  SHA-256 {sha256}", $"{id}  {name}  {bytes} bytes  uploaded by {by} at {at}  SHA-256 {sha256}");

        /// <summary>Someone other than the office, a leader or the lead unit asking for an account's files.</summary>
        public static Words FilesNotYours => new("只有督查室、领导和牵头单位可以查看该任务的佐证材料文件",
            "only the office, leaders and the lead unit may see this task's evidence files");

        /// <summary>The file field missing from an upload.</summary>
        public static Words NoFileChosen => new("请选择要上传的文件", "choose a file to upload");

        /// <summary>A confirmed account changed by anything but a correction.</summary>
        public static Words Frozen => new("交账结果已确认，不能修改；如需改变，请由督查室登记更正并说明原因",
            "the result is confirmed and frozen; only the office may record a correction with its reason");

        /// <summary>The closing is not open.</summary>
        public static Words NotOpen(int year) => new($"{year}年度年底交账尚未开启", $"the {year} year-end closing is not open");

        /// <summary>The closing is open already.</summary>
        public static Words AlreadyOpen(int year) => new($"{year}年度年底交账已开启", $"the {year} year-end closing is already open");

        /// <summary>A plan year not yet over.</summary>
        public static Words YearNotOver(int year, DateOnly day) => new(
            $"{year}年度尚未结束，{day:yyyy-MM-dd}起才能开启年底交账", $"the year {year} is not over; the closing opens from {day:yyyy-MM-dd}");

        /// <summary>No such plan.</summary>
        public static Words NoPlan(int year) => new($"没有{year}年度的工作方案", $"there is no plan for {year}");

        /// <summary>No such task.</summary>
        public static Words NoSuchTask(string code) => new($"没有任务 {code}", $"there is no task {code}");

        /// <summary>No such target of the task.</summary>
        public static Words NoSuchTarget(string task, string target) => new($"任务 {task} 没有目标 {target}", $"task {task} has no target {target}");

        /// <summary>Something the step needs is missing.</summary>
        public static Words Needed(Words what) => new($"请填写{what.Zh}", $"{what.En} is required");

        /// <summary>完成情况.</summary>
        public static Words Summary => new("完成情况", "what was done");

        /// <summary>未完成原因.</summary>
        public static Words ShortReason => new("未完成原因", "the reason for falling short");

        /// <summary>退回原因.</summary>
        public static Words ReturnReason => new("退回原因", "the reason to return");

        /// <summary>更正原因.</summary>
        public static Words CorrectionReason => new("更正原因", "the reason for the correction");

        /// <summary>完成结果.</summary>
        public static Words ResultField => new("完成结果（完成、基本完成或未完成）", "the result (done, basically done or not done)");

        /// <summary>The unit claims more than its targets' finals allow.</summary>
        public static Words Overclaim(ClosingResult claimed, ClosingResult allowed, string targets) => new(
            $"按目标最终值（{targets}），该任务为“{ResultName(allowed).Zh}”，不能报“{ResultName(claimed).Zh}”",
            $"by its targets' final values ({targets}) the task is {ResultName(allowed).En}; it cannot be reported {ResultName(claimed).En}");

        /// <summary>A correction that changes nothing.</summary>
        public static Words SameResult(ClosingResult result) => new($"结果已是“{ResultName(result).Zh}”，无需更正",
            $"the result is already {ResultName(result).En}; there is nothing to correct");

        /// <summary>A final value given for a computed target.</summary>
        public static Words ComputedTarget(string target) => new($"目标 {target} 的最终值由监测数据按标准计算，不能填报",
            $"target {target} takes its final value from the data by its standard; it cannot be typed in");

        /// <summary>A done day outside the plan year and the closing.</summary>
        public static Words DoneOnOutside(int year) => new($"完成日期须在{year}年1月1日至交账之日之间",
            $"the day done must fall between 1 January {year} and today");

        /// <summary>Tolerances out of range.</summary>
        public static Words BadTolerances => new("容差须在0%至100%之间，节点容差天数须在0至366之间",
            "tolerances must be within 0–100%, and the milestone days within 0–366");

        /// <summary>An evidence entry too long or with control characters.</summary>
        public static Words BadEvidence(int number) => new($"第{number}条佐证材料过长或含有控制字符",
            $"evidence entry {number} is too long or holds control characters");

        /// <summary>A result word the reader did not recognise.</summary>
        public static Words UnknownResult(string text) => new($"“{text}”不是完成结果，应为完成、基本完成或未完成",
            $"“{text}” is not a result; expected done, basically done or not done");

        /// <summary>A target's final as typed on the command line that does not read.</summary>
        public static Words BadFinal(string text) => Values.ExpectedFoundText(
            new("目标最终值（如 T1.1=5600 或 T2.1@2022-12-20）", "a target's final (T1.1=5600 or T2.1@2022-12-20)"), text);

        /// <summary>A step name the API does not know.</summary>
        public static Words UnknownStep(string step) => new($"没有名为“{step}”的交账步骤（submit、return、confirm、correct）",
            $"there is no closing step “{step}” (submit, return, confirm, correct)");

        /// <summary>The standard a computed final is taken by.</summary>
        public static Words ComputedFrom(Words note) => new($"由监测数据计算：{note.Zh}", $"computed from the data: {note.En}");
    }
}
