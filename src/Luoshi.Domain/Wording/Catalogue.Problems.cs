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

        /// <summary>The title of an HTTP answer that has no problem of its own (a page or operation not found, a request
        /// without a valid token, a method the address does not take, a failure of the server).</summary>
        public static Words Status(int status) => status switch
        {
            400 => Title(ProblemKind.Invalid),
            401 => new("未登录或令牌无效", "not signed in, or the token is not valid"),
            403 => Title(ProblemKind.Forbidden),
            404 => Title(ProblemKind.NotFound),
            405 => new("此地址不接受该请求方法", "method not allowed"),
            409 => Title(ProblemKind.Conflict),
            413 => Title(ProblemKind.TooLarge),
            415 => new("不支持的内容类型", "unsupported media type"),
            429 => new("请求过于频繁", "too many requests"),
            >= 500 => new("服务器内部错误", "internal error"),
            _ => new("请求无法完成", "the request cannot be completed"),
        };

        /// <summary>What a person reads under the title of such an answer.</summary>
        public static Words Explanation(int status) => status switch
        {
            400 => new("请求中有无法使用的内容，没有保存任何更改。", "The request held something that cannot be used; nothing was saved."),
            401 => new("请先登录，或在 Authorization 头中提供有效的 API 令牌。", "Sign in first, or send a valid API token in the Authorization header."),
            403 => new("您的账号没有查看或修改此内容的权限。", "Your account may not see or change this."),
            404 => new("没有找到要访问的页面或记录，可能地址有误或记录已不存在。", "The page or record asked for is not there; the address may be wrong or the record gone."),
            405 => new("此地址不接受这种请求，没有保存任何更改。", "This address does not take this kind of request; nothing was saved."),
            >= 500 => new("请求未能完成，没有保存任何更改。请稍后再试，或联系系统管理员。", "The request did not complete and nothing was saved. Try again later or ask the administrator."),
            _ => new("请求未能完成，没有保存任何更改。", "The request did not complete; nothing was saved."),
        };

        /// <summary>The link back to where the reader came from.</summary>
        public static Words GoBack { get; } = new("返回上一页", "Go back");

        /// <summary>The link to the start page.</summary>
        public static Words Home { get; } = new("返回首页", "Home");

        /// <summary>Several problems found in one input, none of it stored.</summary>
        public static Words Several(int count) => new($"发现 {count} 处问题；未存储任何内容", $"{count} problem(s); nothing was stored");
    }
}
