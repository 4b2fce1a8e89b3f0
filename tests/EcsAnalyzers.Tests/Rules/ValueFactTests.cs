using System.Text.RegularExpressions;
using EcsAnalyzers.Model;

namespace EcsAnalyzers.Tests.Rules;

/// <summary>
/// The hand-written matchers for ECS names and private Amazon ECR images agree with the patterns that specify them
/// (written here as regular expressions, with <c>\z</c> where the pattern means the end of the text).
/// </summary>
public class ValueFactTests
{
    private static readonly Regex Name = new(@"^[A-Za-z0-9_-]{1,255}\z", RegexOptions.CultureInvariant);
    private static readonly Regex PrivateEcr = new(@"^[0-9]{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?/", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly string[] NameCases =
    [
        "web", "web-1", "web_1", "WEB", "a", new string('a', 255), new string('a', 256), "", " ", "web ", " web", "web\n", "web.1",
        "web/1", "wéb", "web:latest", "-", "_", "0",
    ];

    private static readonly string[] ImageCases =
    [
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1",
        "123456789012.DKR.ECR.US-EAST-1.AMAZONAWS.COM/app",
        "123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/app",
        "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/app",
        "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com.cnx/app",
        "123456789012.dkr.ecr..amazonaws.com/app",
        "123456789012.dkr.ecr-foo.us-east-1.amazonaws.com/app",
        "123456789012.dkr.ecr.us.east.amazonaws.com/app",
        "12345678901.dkr.ecr.us-east-1.amazonaws.com/app",
        "1234567890123.dkr.ecr.us-east-1.amazonaws.com/app",
        "12345678901a.dkr.ecr.us-east-1.amazonaws.com/app",
        "public.ecr.aws/nginx/nginx:latest",
        "nginx:latest",
        "",
        "123456789012",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com:443/app",
    ];

    public static TheoryData<string> Names => new(NameCases);

    public static TheoryData<string> Images => new(ImageCases);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_name_is_valid_exactly_when_the_pattern_matches(string name) =>
        Assert.Equal(Name.IsMatch(name), EcsNames.IsValid(name));

    [Theory]
    [MemberData(nameof(Images))]
    public void An_image_is_private_ECR_exactly_when_the_pattern_matches(string image) =>
        Assert.Equal(PrivateEcr.IsMatch(image), EcrImages.IsPrivate(image));

    [Fact]
    public void The_cases_include_both_answers()
    {
        Assert.Contains(NameCases, EcsNames.IsValid);
        Assert.Contains(NameCases, name => !EcsNames.IsValid(name));
        Assert.Contains(ImageCases, EcrImages.IsPrivate);
        Assert.Contains(ImageCases, image => !EcrImages.IsPrivate(image));
    }
}
