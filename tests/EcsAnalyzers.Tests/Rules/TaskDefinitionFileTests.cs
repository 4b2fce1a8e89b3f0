namespace EcsAnalyzers.Tests.Rules;

/// <summary>
/// Task-definition JSON files: what only a file can get wrong (ECSA8001-8003), and each rule that applies to a task
/// definition on a JSON file, beside its C# cases. Every case starts from one correct Fargate task definition, changed
/// one setting at a time; markup marks where each finding must point.
/// </summary>
public class TaskDefinitionFileTests
{
    private const string Task = """
        {
          "family": "web",
          "taskRoleArn": "arn:aws:iam::123456789012:role/web-task",
          "executionRoleArn": "arn:aws:iam::123456789012:role/web-execution",
          "networkMode": "awsvpc",
          "requiresCompatibilities": ["FARGATE"],
          "cpu": "512",
          "memory": "1024",
          "containerDefinitions": [
            {
              "name": "app",
              "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1",
              "essential": true,
              "memory": 512,
              "portMappings": [{ "containerPort": 8080, "protocol": "tcp" }],
              "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "web" } }
            },
            {
              "name": "proxy",
              "image": "nginx",
              "essential": false,
              "memoryReservation": 128,
              "dependsOn": [{ "containerName": "app", "condition": "START" }],
              "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "proxy" } }
            }
          ],
          "volumes": [{ "name": "data", "efsVolumeConfiguration": { "fileSystemId": "fs-12345678", "transitEncryption": "ENABLED" } }]
        }
        """;

    private static string With(string from, string to)
    {
        Assert.Contains(from, Task, System.StringComparison.Ordinal);
        return Task.Replace(from, to, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_template_is_clean_for_every_rule() => VerifyJson.Analyzer(Task);

    [Fact]
    public void The_describe_output_shape_with_read_only_keys_and_a_wrapper_is_clean() => VerifyJson.Analyzer("{ \"taskDefinition\": "
        + With("\"family\": \"web\",", "\"family\": \"web\", \"taskDefinitionArn\": \"arn:aws:ecs:eu-west-1:123456789012:task-definition/web:3\", \"revision\": 3, \"status\": \"ACTIVE\", \"requiresAttributes\": [{ \"name\": \"ecs.capability.execution-role-awslogs\" }], \"compatibilities\": [\"EC2\", \"FARGATE\"], \"registeredAt\": \"2024-01-02T03:04:05.678000+00:00\", \"registeredBy\": \"arn:aws:iam::123456789012:user/ci\",")
        + ", \"tags\": [] }");

    [Fact]
    public void A_json_file_that_is_no_task_definition_is_ignored() => VerifyJson.Analyzer("""{ "name": "web", "version": 3, "contianers": [] }""");

    // ECSA8001
    [Theory]
    [InlineData("{ \"family\": \"web\",{|ECSA8001:,|} \"cpu\": \"256\" }")]
    [InlineData("{ \"family\": \"web\", \"cpu\": \"256\",{|ECSA8001:}|}")]
    [InlineData("{ \"family\": 'web' }", 12)]
    [InlineData("{ \"family\": \"web\" // a comment\n}", 18)]
    [InlineData("{ \"family\": \"web\", \"containerDefinitions\": [ { \"name\": \"app\" } ]")]
    [InlineData("{ \"family\": \"web\" } }", 20)]
    public void ECSA8001_malformed_json_is_one_finding_at_the_error(string markup, int? at = null)
    {
        if (at is { } position)
        {
            markup = markup.Substring(0, position) + "{|ECSA8001:" + markup[position] + "|}" + markup.Substring(position + 1);
        }
        else if (!markup.Contains("{|", System.StringComparison.Ordinal))
        {
            markup += "{|ECSA8001:|}";
        }

        VerifyJson.Analyzer(markup);
    }

    [Fact]
    public void ECSA8001_is_the_only_finding_of_a_malformed_file() => VerifyJson.Analyzer(
        With("\"cpu\": \"512\",", "\"cpu\": \"512\",{|ECSA8001:,|}").Replace("\"networkMode\": \"awsvpc\"", "\"networkMode\": \"bridge\"", System.StringComparison.Ordinal));

    [Theory]
    [InlineData("{ \"family\": \"web\", \"memory\": ${TASK_MEMORY}, \"containerDefinitions\": [ {{ .Containers }} ] }")]
    [InlineData("{ \"family\": \"web\", \"cpu\": <cpu>, \"memory\": %MEMORY%, \"containerDefinitions\": [] }")]
    [InlineData("{ \"family\": \"web\", \"cpu\": #{Cpu}, \"memory\": __MEMORY__, \"containerDefinitions\": [] }")]
    [InlineData("{ \"name\": \"not a task definition\", ")]
    [InlineData("\u0001\u0002\u0000binary")]
    [InlineData("")]
    public void ECSA8001_not_for_bare_placeholders_or_files_that_are_no_task_definition(string json) => VerifyJson.Rules("ECSA8001").Analyzer(json);

    // ECSA8002
    [Theory]
    [InlineData("\"containerDefinitions\": [", "{|ECSA8002:\"contianerDefinitions\"|}: [", "'contianerDefinitions' is not a member of the task definition; did you mean 'containerDefinitions'?")]
    [InlineData("\"memoryReservation\": 128", "{|ECSA8002:\"memoryReservations\"|}: 128", "'memoryReservations' is not a member of 'containerDefinitions[1]'; did you mean 'memoryReservation'?")]
    [InlineData("\"essential\": true", "{|ECSA8002:\"Essential\"|}: true", "'Essential' is not a member of 'containerDefinitions[0]'; did you mean 'essential'?")]
    [InlineData("\"protocol\": \"tcp\"", "{|ECSA8002:\"loadBalancer\"|}: \"alb\"", "'loadBalancer' is not a member of 'containerDefinitions[0].portMappings[0]' (")]
    public void ECSA8002_unknown_keys_are_reported_with_the_nearest_known_key(string from, string to, string message)
    {
        var markup = With(from, to);
        VerifyJson.Rules("ECSA8002").Analyzer(markup);
        var text = markup.Replace("{|ECSA8002:", "", System.StringComparison.Ordinal).Replace("|}", "", System.StringComparison.Ordinal);
        Assert.StartsWith(message, VerifyJson.Diagnostics(text).Single(d => d.Id == "ECSA8002").GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void ECSA8002_not_for_map_keys_or_read_only_keys() => VerifyJson.Rules("ECSA8002").Analyzer(
        With("\"family\": \"web\",", "\"family\": \"web\", \"revision\": 7, \"status\": \"ACTIVE\",")
            .Replace("\"awslogs-group\"", "\"mode\": \"non-blocking\", \"awslogs-group\"", System.StringComparison.Ordinal));

    // ECSA8003
    [Theory]
    [InlineData("\"memory\": 512,", "\"memory\": {|ECSA8003:\"512\"|},")]
    [InlineData("\"cpu\": \"512\"", "\"cpu\": {|ECSA8003:512|}")]
    [InlineData("\"essential\": true", "\"essential\": {|ECSA8003:\"true\"|}")]
    [InlineData("\"containerPort\": 8080", "\"containerPort\": {|ECSA8003:8080.5|}")]
    [InlineData("\"requiresCompatibilities\": [\"FARGATE\"]", "\"requiresCompatibilities\": {|ECSA8003:\"FARGATE\"|}")]
    [InlineData("\"dependsOn\": [{ \"containerName\": \"app\", \"condition\": \"START\" }]", "\"dependsOn\": {|ECSA8003:{ \"containerName\": \"app\", \"condition\": \"START\" }|}")]
    [InlineData("\"awslogs-region\": \"eu-west-1\"", "\"awslogs-region\": {|ECSA8003:1|}")]
    public void ECSA8003_values_of_the_wrong_json_type(string from, string to) => VerifyJson.Rules("ECSA8003").Analyzer(With(from, to));

    [Theory]
    [InlineData("\"memory\": 512,", "\"memory\": \"${MEMORY}\",")]
    [InlineData("\"memory\": 512,", "\"memory\": ${MEMORY},")]
    [InlineData("\"cpu\": \"512\"", "\"cpu\": \"{{ .Cpu }}\"")]
    [InlineData("\"memory\": 512,", "\"memory\": null,")]
    public void ECSA8003_not_for_placeholders_or_null(string from, string to) => VerifyJson.Rules("ECSA8003").Analyzer(With(from, to));

    // The rules that apply to a task definition, on a JSON file: each positive case, and a negative one beside it.
    [Theory]
    [InlineData("ECSA1001", "\"networkMode\": \"awsvpc\"", "{|ECSA1001:\"networkMode\": \"bridge\"|}")]
    [InlineData("ECSA1002", "\"cpu\": \"512\",", "")]
    [InlineData("ECSA1003", "\"memory\": \"1024\",", "{|ECSA1003:\"memory\": \"512\"|},")]
    [InlineData("ECSA1004", "\"essential\": false,", "\"essential\": false, {|ECSA1004:\"privileged\": true|},")]
    [InlineData("ECSA2001", "\"volumes\": [{ \"name\": \"data\", \"efsVolumeConfiguration\": { \"fileSystemId\": \"fs-12345678\", \"transitEncryption\": \"ENABLED\" } }]", "\"volumes\": [{ \"name\": \"data\", \"efsVolumeConfiguration\": { {|ECSA2001:\"fileSystemId\": \"s3://bucket\"|}, \"transitEncryption\": \"ENABLED\" } }]")]
    [InlineData("ECSA2002", "\"essential\": false,", "\"essential\": false, \"mountPoints\": [{ {|ECSA2002:\"sourceVolume\": \"date\"|}, \"containerPath\": \"/d\" }],")]
    [InlineData("ECSA2003", "\"transitEncryption\": \"ENABLED\"", "\"authorizationConfig\": { \"iam\": \"ENABLED\" }, {|ECSA2003:\"transitEncryption\": \"DISABLED\"|}")]
    [InlineData("ECSA2004", "\"transitEncryption\": \"ENABLED\"", "\"transitEncryption\": \"ENABLED\", {|ECSA2004:\"rootDirectory\": \"/data\"|}, \"authorizationConfig\": { \"accessPointId\": \"fsap-1\" }")]
    [InlineData("ECSA2006", "\"name\": \"data\",", "\"name\": \"data\", \"host\": { \"sourcePath\": \"/d\" },")]
    [InlineData("ECSA3001", "\"taskRoleArn\": \"arn:aws:iam::123456789012:role/web-task\",", "")]
    [InlineData("ECSA3002", "\"executionRoleArn\": \"arn:aws:iam::123456789012:role/web-execution\",", "")]
    [InlineData("ECSA3003", "\"executionRoleArn\": \"arn:aws:iam::123456789012:role/web-execution\"", "{|ECSA3003:\"executionRoleArn\": \"arn:aws:iam::123456789012:role/web-task\"|}")]
    [InlineData("ECSA3004", "\"taskRoleArn\": \"arn:aws:iam::123456789012:role/web-task\"", "{|ECSA3004:\"taskRoleArn\": \"arn:aws:iam::123456789012:user/web-task\"|}")]
    [InlineData("ECSA4001", "{ \"containerPort\": 8080, \"protocol\": \"tcp\" }", "{ \"containerPort\": 8080, {|ECSA4001:\"hostPort\": 80|}, \"protocol\": \"tcp\" }")]
    [InlineData("ECSA4002", "\"essential\": false,", "\"essential\": false, {|ECSA4002:\"links\"|}: [\"app\"],")]
    [InlineData("ECSA4004", "\"containerPort\": 8080", "{|ECSA4004:\"containerPort\": 80800|}")]
    [InlineData("ECSA5001", "\"name\": \"proxy\"", "{|ECSA5001:\"name\": \"app\"|}")]
    [InlineData("ECSA5004", "\"memoryReservation\": 128,", "{|ECSA5004:\"memory\": 64|}, \"memoryReservation\": 128,")]
    [InlineData("ECSA5005", "\"memory\": 512,", "\"memory\": 2048,")]
    [InlineData("ECSA5006", "\"name\": \"proxy\"", "{|ECSA5006:\"name\": \"the proxy\"|}")]
    [InlineData("ECSA5008", "\"essential\": false,", "\"essential\": false, \"healthCheck\": { \"command\": [{|ECSA5008:\"CMD-SHELL, curl -f http://localhost/\"|}] },")]
    [InlineData("ECSA5009", "\"networkMode\": \"awsvpc\"", "{|ECSA5009:\"networkMode\": \"aws-vpc\"|}")]
    [InlineData("ECSA5010", "\"awslogs-stream-prefix\": \"web\"", "\"mode\": \"blocking\"")]
    [InlineData("ECSA5011", "\"essential\": false,", "\"essential\": false, \"environment\": [{ \"name\": \"A\", \"value\": \"1\" }, { {|ECSA5011:\"name\": \"A\"|}, \"value\": \"2\" }],")]
    [InlineData("ECSA5012", "\"condition\": \"START\"", "\"condition\": \"SUCCESS\"")]
    [InlineData("ECSA5013", "\"containerName\": \"app\"", "\"containerName\": \"api\"")]
    public void Rules_find_their_mistakes_in_json_files(string id, string from, string to)
    {
        var markup = With(from, to);
        if (!markup.Contains("{|" + id + ":", System.StringComparison.Ordinal))
        {
            // Findings about something missing point at the object's opening brace; the rest are marked in the case.
            markup = MarkObject(id, markup);
        }

        VerifyJson.Rules(id).Analyzer(markup);
    }

    [Theory]
    [InlineData("ECSA1001", "\"networkMode\": \"awsvpc\"", "\"networkMode\": \"${NETWORK_MODE}\"")]
    [InlineData("ECSA1002", "\"cpu\": \"512\",", "\"cpu\": \"{{ cpu }}\",")]
    [InlineData("ECSA1003", "\"memory\": \"1024\",", "\"memory\": \"%MEMORY%\",")]
    [InlineData("ECSA3001", "\"taskRoleArn\": \"arn:aws:iam::123456789012:role/web-task\",", "\"taskRoleArn\": \"${TASK_ROLE_ARN}\",")]
    [InlineData("ECSA3004", "\"taskRoleArn\": \"arn:aws:iam::123456789012:role/web-task\"", "\"taskRoleArn\": \"arn:aws:iam::<account-id>:role/web-task\"")]
    [InlineData("ECSA3004", "\"taskRoleArn\": \"arn:aws:iam::123456789012:role/web-task\"", "\"taskRoleArn\": \"arn:aws:iam::ACCOUNT_ID:role/web-task\"")]
    [InlineData("ECSA3004", "\"taskRoleArn\": \"arn:aws:iam::123456789012:role/web-task\"", "\"taskRoleArn\": \"#{TaskRole}\"")]
    [InlineData("ECSA5006", "\"family\": \"web\"", "\"family\": \"__FAMILY__\"")]
    [InlineData("ECSA5006", "\"name\": \"proxy\"", "\"name\": \"${SERVICE}-proxy\"")]
    [InlineData("ECSA5001", "\"name\": \"proxy\"", "\"name\": \"<container-name>\"")]
    [InlineData("ECSA5013", "\"containerName\": \"app\"", "\"containerName\": \"${APP}\"")]
    [InlineData("ECSA4001", "{ \"containerPort\": 8080, \"protocol\": \"tcp\" }", "{ \"containerPort\": 8080, \"hostPort\": 0, \"protocol\": \"tcp\" }")]
    [InlineData("ECSA5009", "\"networkMode\": \"awsvpc\"", "\"networkMode\": \"AWSVPC\"")]
    public void Placeholders_and_near_misses_are_no_findings(string id, string from, string to) => VerifyJson.Rules(id).Analyzer(With(from, to));

    // What a finding says in a file: JSON keys and values, not the C# it says in code.
    [Theory]
    [InlineData("ECSA1001", "\"networkMode\": \"awsvpc\"", "\"networkMode\": \"bridge\"", "Fargate only supports network mode 'awsvpc', but this task definition uses network mode 'bridge'; set \"networkMode\": \"awsvpc\"")]
    [InlineData("ECSA1002", "\"cpu\": \"512\",", "", "Fargate requires that 'cpu' be defined at the task level; the smallest Fargate size that fits the containers is \"cpu\": \"256\", \"memory\": \"1024\"")]
    [InlineData("ECSA2003", "\"transitEncryption\": \"ENABLED\"", "\"authorizationConfig\": { \"iam\": \"ENABLED\" }, \"transitEncryption\": \"DISABLED\"", "An EFS volume with IAM authorization needs \"transitEncryption\": \"ENABLED\"")]
    [InlineData("ECSA3001", "\"taskRoleArn\": \"arn:aws:iam::123456789012:role/web-task\",", "", "Task definition 'web' has no task role (taskRoleArn): its containers get no AWS credentials of their own (on EC2 they fall back to the instance profile, on Fargate they have none); set \"taskRoleArn\" to a least-privilege role")]
    [InlineData("ECSA4001", "{ \"containerPort\": 8080, \"protocol\": \"tcp\" }", "{ \"containerPort\": 8080, \"hostPort\": 80, \"protocol\": \"tcp\" }", "When networkMode=awsvpc, the host ports and container ports in port mappings must match, but \"hostPort\" 80 differs from \"containerPort\" 8080; remove \"hostPort\"")]
    [InlineData("ECSA5002", "\"essential\": true,", "\"essential\": false,", "Task definition 'web' has no essential container; mark at least one container \"essential\": true (an omitted \"essential\" is true)")]
    [InlineData("ECSA1004", "\"essential\": false,", "\"essential\": false, \"linuxParameters\": { \"sharedMemorySize\": 64 },", "Fargate does not support sharedMemorySize")]
    [InlineData("ECSA5008", "\"essential\": false,", "\"essential\": false, \"healthCheck\": { \"command\": [\"CMD\", \"true\"], \"interval\": 1 },", "Health check: interval is 1 seconds, outside 5-300")]
    public void Findings_in_a_file_are_worded_in_json(string id, string from, string to, string message) =>
        Assert.Equal(message, VerifyJson.Message(With(from, to), id));

    private static string MarkObject(string id, string markup)
    {
        var at = id switch
        {
            "ECSA5012" or "ECSA5013" => markup.IndexOf("{ \"containerName\"", System.StringComparison.Ordinal),
            "ECSA2006" => markup.IndexOf("{ \"name\": \"data\"", System.StringComparison.Ordinal),
            "ECSA5010" => markup.IndexOf("{ \"logDriver\"", System.StringComparison.Ordinal),
            _ => 0,
        };
        if (id is "ECSA2006")
        {
            var efs = markup.IndexOf("\"efsVolumeConfiguration\"", System.StringComparison.Ordinal);
            return markup.Substring(0, efs) + "{|ECSA2006:\"efsVolumeConfiguration\"|}" + markup.Substring(efs + "\"efsVolumeConfiguration\"".Length);
        }

        if (id is "ECSA5005")
        {
            var memory = markup.IndexOf("\"memory\": \"1024\"", System.StringComparison.Ordinal);
            return markup.Substring(0, memory) + "{|ECSA5005:\"memory\": \"1024\"|}" + markup.Substring(memory + "\"memory\": \"1024\"".Length);
        }

        return markup.Substring(0, at) + "{|" + id + ":{|}" + markup.Substring(at + 1);
    }
}
