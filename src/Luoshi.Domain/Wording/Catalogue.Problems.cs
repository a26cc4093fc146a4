namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>The words around a refusal: the title of each kind, and how several refusals are summed up.</summary>
    public static class Problems
    {
        /// <summary>The short title of a refusal of <paramref name="kind"/> (a problem document's title, a page's heading).</summary>
        public static Words Title(ProblemKind kind) => kind switch
        {
            ProblemKind.Invalid => new("输入有误", "invalid input"),
            ProblemKind.NotFound => new("未找到", "not found"),
            ProblemKind.Conflict => new("与现有数据冲突", "conflict"),
            ProblemKind.Forbidden => new("无权进行此操作", "forbidden"),
            ProblemKind.TooLarge => new("内容过大", "too large"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

        /// <summary>Several problems found in one input, none of it stored.</summary>
        public static Words Several(int count) => new($"发现 {count} 处问题；未存储任何内容", $"{count} problem(s); nothing was stored");
    }
}
