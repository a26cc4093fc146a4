using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Values;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>What a value must be: the words of the value rules (<see cref="ValueRule"/>, <see cref="TextRules"/>).</summary>
    public static class Values
    {
        /// <summary>"a whole number of at least 0", "a number from 0 to 100", "a number".</summary>
        public static Words Expected(ValueRange range)
        {
            var (min, max) = (Number(range.Min)!, Number(range.Max)!);
            var (zh, en) = range.Whole ? ("整数", "whole number") : ("数", "number");
            return (range.Min == -ValueRange.Largest, range.Max == ValueRange.Largest) switch
            {
                (true, true) => new($"一个{zh}", $"a {en}"),
                (false, true) => new($"不小于 {min} 的{zh}", $"a {en} of at least {min}"),
                (true, false) => new($"不大于 {max} 的{zh}", $"a {en} of at most {max}"),
                _ => new($"{min} 到 {max} 之间的{zh}", $"a {en} from {min} to {max}"),
            };
        }

        /// <summary>"expected …, found 120" for a number out of range.</summary>
        public static Words ExpectedFound(Words expected, string found) =>
            new($"应为{expected.Zh}，实际为 {found}", $"expected {expected.En}, found {found}");

        /// <summary>"expected …, found '六百'" for text where a value was expected.</summary>
        public static Words ExpectedFoundText(Words expected, string text) =>
            new($"应为{expected.Zh}，实际为“{text}”", $"expected {expected.En}, found '{text}'");

        /// <summary>A number beyond the size any reported value has.</summary>
        public static Words TooLarge(string found) => ExpectedFound(
            new($"绝对值不超过 {Number(ValueRange.Largest)} 的数", $"a number no larger than {Number(ValueRange.Largest)} in size"), found);

        /// <summary>A field the target's measure does not use.</summary>
        public static Words NotTaken(Measure measure, ValueField field) => new(
            $"{MeasureName(measure).Zh}目标不填{FieldName(field).Zh}，请留空",
            $"a {MeasureName(measure).En} target takes no {FieldName(field).En}; leave it empty");

        /// <summary>A ratio with only one of its part and whole.</summary>
        public static Words BothParts { get; } = new("分子和分母应同时填写或同时不填", "expected both the part and the whole, or neither");

        /// <summary>A ratio whose whole is 0.</summary>
        public static Words WholeAboveZero { get; } = new("分母应大于 0", "expected a whole above 0");

        /// <summary>A ratio whose part is larger than its whole.</summary>
        public static Words PartAboveWhole(decimal whole) => new(
            $"分子不应大于分母（{Number(whole)}），比例不能超过 100%",
            $"expected a part no larger than its whole ({Number(whole)}), so that the share is at most 100%");

        /// <summary>A day outside the days allowed.</summary>
        public static Words OutsideWindow(DayWindow window, DateOnly day) => ExpectedFound(
            new($" {Day(window.From)} 至 {Day(window.To)} 之间的日期", $"a day from {Day(window.From)} to {Day(window.To)}"), Day(day));

        /// <summary>A monitored concentration beyond its pollutant's physical bound.</summary>
        public static Words Concentration(string pollutant, double max, string unit, string found) => ExpectedFound(
            new($" 0 到 {max.ToString(CultureInfo.InvariantCulture)} {unit} 之间的浓度（{pollutant} 的物理上限）",
                $"a concentration from 0 to {max.ToString(CultureInfo.InvariantCulture)} {unit} ({pollutant}'s physical bound)"), found);

        /// <summary>Text where a day was expected.</summary>
        public static Words NotADay(string text) => ExpectedFoundText(new("日期（如 2022-06-30）", "a date such as 2022-06-30"), text);

        /// <summary>Text longer than its kind allows.</summary>
        public static Words TooLong(int maxLength, int length) => new(
            $"应不超过 {maxLength} 个字符，实际 {length} 个",
            string.Create(CultureInfo.InvariantCulture, $"expected at most {maxLength} characters, found {length}"));

        /// <summary>A control character (NUL and friends) in text.</summary>
        public static Words ControlCharacter(char c, int position)
        {
            var code = string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");
            return new($"不能含控制字符：第 {position} 个字符为 {code}",
                string.Create(CultureInfo.InvariantCulture, $"expected text without control characters, found {code} at character {position}"));
        }

        /// <summary>累计 / cumulative…: a measure as the value rules name it.</summary>
        public static Words MeasureName(Measure measure) => measure switch
        {
            Measure.Cumulative => new("累计型", "cumulative"),
            Measure.Level => new("水平型", "level"),
            Measure.Ratio => new("比例型", "ratio"),
            Measure.Milestone => new("节点型", "milestone"),
            Measure.BottomLine => new("底线型", "bottom-line"),
            _ => new("方向型", "direction"),
        };

        /// <summary>本期数值 / value…: a field of a reported value.</summary>
        public static Words FieldName(ValueField field) => field switch
        {
            ValueField.Value => new("本期数值", "value"),
            ValueField.Numerator => new("分子", "numerator"),
            ValueField.Denominator => new("分母", "denominator"),
            _ => new("完成日期", "done date"),
        };
    }
}
