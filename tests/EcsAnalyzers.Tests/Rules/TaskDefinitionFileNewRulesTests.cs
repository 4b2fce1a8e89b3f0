using System.Collections.Generic;
using EcsAnalyzers.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EcsAnalyzers.Tests.Rules;

/// <summary>
/// Task-definition JSON files for the rules that came with the Managed Instances and hardening merges (ECSA1004's start
/// timeout and NeuronDevice, ECSA7001-7006, ECSA6001-6009), beside their C# cases in ManagedInstancesTests and
/// SecurityRulesTests. Each case starts from one correct task definition (Managed Instances, or Fargate), changed one
/// setting at a time; markup marks where each finding must point.
/// </summary>
public class TaskDefinitionFileNewRulesTests
{
    /// <summary>A correct Managed Instances task definition: clean for every rule on by default.</summary>
    private const string Managed = """
        {
          "family": "web",
          "taskRoleArn": "arn:aws:iam::123456789012:role/web-task",
          "executionRoleArn": "arn:aws:iam::123456789012:role/web-execution",
          "networkMode": "awsvpc",
          "requiresCompatibilities": ["MANAGED_INSTANCES"],
          "cpu": "1024",
          "memory": "2048",
          "containerDefinitions": [
            {
              "name": "app",
              "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1",
              "essential": true,
              "memory": 512,
              "user": "1000",
              "portMappings": [{ "containerPort": 8080, "protocol": "tcp" }],
              "environment": [{ "name": "LOG_LEVEL", "value": "info" }],
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

    private const string ManagedList = "\"requiresCompatibilities\": [\"MANAGED_INSTANCES\"]";

    private static string With(string from, string to) => With(Managed, from, to);

    private static string With(string template, string from, string to)
    {
        Assert.Contains(from, template, System.StringComparison.Ordinal);
        return template.Replace(from, to, System.StringComparison.Ordinal);
    }

    /// <summary>The same task definition listing FARGATE instead.</summary>
    private static string Fargate(string from, string to) => With(With(ManagedList, "\"requiresCompatibilities\": [\"FARGATE\"]"), from, to);

    [Fact]
    public void The_managed_instances_template_is_clean_for_every_rule() => VerifyJson.Analyzer(Managed);

    [Fact]
    public void The_fargate_template_is_clean_for_every_rule() => VerifyJson.Analyzer(Fargate("\"cpu\": \"1024\"", "\"cpu\": \"1024\""));

    // ECSA1004's additions: the start timeout and NeuronDevice resources.
    [Theory]
    [InlineData("\"essential\": false,", "\"essential\": false, {|ECSA1004:\"startTimeout\": 150|},")]
    [InlineData("\"essential\": false,", "\"essential\": false, {|ECSA1004:\"startTimeout\": 1|},")]
    [InlineData("\"essential\": false,", "\"essential\": false, \"resourceRequirements\": [{|ECSA1004:{|} \"type\": \"NeuronDevice\", \"value\": \"ALL\" }],")]
    public void ECSA1004_start_timeout_and_neuron_devices_on_fargate(string from, string to) => VerifyJson.Rules("ECSA1004", "ECSA7005").Analyzer(Fargate(from, to));

    [Theory]
    [InlineData("\"essential\": false,", "\"essential\": false, \"startTimeout\": 120, \"stopTimeout\": 120,")]
    [InlineData("\"essential\": false,", "\"essential\": false, \"startTimeout\": 2,")]
    [InlineData("\"essential\": false,", "\"essential\": false, \"startTimeout\": \"${START_TIMEOUT}\",")]
    public void ECSA1004_not_for_start_timeouts_fargate_accepts(string from, string to) => VerifyJson.Rules("ECSA1004").Analyzer(Fargate(from, to));

    [Theory]
    [InlineData("\"essential\": false,", "\"essential\": false, \"startTimeout\": 600, \"stopTimeout\": 86400,")]
    [InlineData("\"essential\": false,", "\"essential\": false, \"privileged\": true, \"linuxParameters\": { \"devices\": [{ \"hostPath\": \"/dev/neuron0\" }] },")]
    [InlineData("\"essential\": false,", "\"essential\": false, \"resourceRequirements\": [{ \"type\": \"NeuronDevice\", \"value\": \"ALL\" }],")]
    public void ECSA1004_not_on_managed_instances(string from, string to) => VerifyJson.Rules("ECSA1004").Analyzer(With(from, to));

    // What a finding says in a file: JSON keys and values, not the C# it says in code.
    [Theory]
    [InlineData("ECSA7001", "\"networkMode\": \"awsvpc\"", "\"networkMode\": \"bridge\"", "Amazon ECS Managed Instances supports the network modes awsvpc and host, not bridge; set \"networkMode\": \"awsvpc\"")]
    [InlineData("ECSA7006", "\"executionRoleArn\": \"arn:aws:iam::123456789012:role/web-execution\",", "", "Task definition 'web' has no execution role, but on Managed Instances, container 'app' sends logs with the awslogs driver, which uses the execution role; add \"executionRoleArn\"")]
    [InlineData("ECSA6003", "\"transitEncryption\": \"ENABLED\"", "\"transitEncryption\": \"DISABLED\"", "EFS volume 'fs-12345678' is mounted without transit encryption; set \"transitEncryption\": \"ENABLED\"")]
    [InlineData("ECSA6005", "\"cpu\": \"1024\",", "\"cpu\": \"1024\", \"pidMode\": \"host\",", "\"pidMode\": \"host\" shares the host's process namespace with the containers")]
    [InlineData("ECSA6006", "\"user\": \"1000\"", "\"user\": \"root\"", "Container 'app' runs as root (\"user\": \"root\"); run it as an unprivileged user")]
    [InlineData("ECSA7002", "\"essential\": false,", "\"essential\": false, \"disableNetworking\": true,", "Amazon ECS Managed Instances does not support disableNetworking (documented as unsupported)")]
    [InlineData("ECSA6001", "\"essential\": false,", "\"essential\": false, \"privileged\": true,", "Container 'proxy' runs privileged: it gets root on the host (every device, every capability); remove \"privileged\": true")]
    public void Findings_in_a_file_are_worded_in_json(string id, string from, string to, string message) =>
        Assert.Equal(message, VerifyJson.Message(With(from, to), id));

    // ECSA7001
    [Fact]
    public void ECSA7001_bridge_on_managed_instances() =>
        VerifyJson.Analyzer(With("\"networkMode\": \"awsvpc\"", "{|ECSA7001:\"networkMode\": \"bridge\"|}"));

    [Theory]
    [InlineData("\"networkMode\": \"awsvpc\",", "")]
    [InlineData("\"networkMode\": \"awsvpc\"", "\"networkMode\": \"none\"")]
    [InlineData("\"networkMode\": \"awsvpc\"", "\"networkMode\": \"host\"")]
    [InlineData("\"networkMode\": \"awsvpc\"", "\"networkMode\": \"${NETWORK_MODE}\"")]
    [InlineData("\"networkMode\": \"awsvpc\"", "\"networkMode\": \"\"")]
    public void ECSA7001_not_for_other_network_modes(string from, string to) => VerifyJson.Rules("ECSA7001").Analyzer(With(from, to));

    [Fact]
    public void ECSA7001_not_when_the_task_also_lists_fargate_where_ECSA1001_reports_it() => VerifyJson.Rules("ECSA7001", "ECSA1001").Analyzer(
        With(With(ManagedList, "\"requiresCompatibilities\": [\"FARGATE\", \"MANAGED_INSTANCES\"]"), "\"networkMode\": \"awsvpc\"", "{|ECSA1001:\"networkMode\": \"bridge\"|}"));

    [Fact]
    public void ECSA7001_not_without_managed_instances() => VerifyJson.Rules("ECSA7001").Analyzer(
        With(With(ManagedList, "\"requiresCompatibilities\": [\"EC2\"]"), "\"networkMode\": \"awsvpc\"", "\"networkMode\": \"bridge\""));

    // ECSA7002
    [Theory]
    [InlineData("\"essential\": false,", "\"essential\": false, {|ECSA7002:\"disableNetworking\": true|},")]
    [InlineData("\"essential\": false,", "\"essential\": false, {|ECSA7002:\"dnsSearchDomains\"|}: [\"corp.example.com\"],")]
    [InlineData("\"essential\": false,", "\"essential\": false, {|ECSA7002:\"dockerSecurityOptions\"|}: [\"no-new-privileges\"],")]
    [InlineData("\"essential\": false,", "\"essential\": false, \"linuxParameters\": { {|ECSA7002:\"maxSwap\": 1024|}, {|ECSA7002:\"swappiness\": 60|} },")]
    [InlineData("\"essential\": false,", "\"essential\": false, \"linuxParameters\": { {|ECSA7002:\"sharedMemorySize\": 64|} },")]
    [InlineData("\"essential\": false,", "\"essential\": false, \"resourceRequirements\": [{|ECSA7002:{|} \"type\": \"InferenceAccelerator\", \"value\": \"device_1\" }],")]
    [InlineData("\"cpu\": \"1024\",", "\"cpu\": \"1024\", {|ECSA7002:\"ipcMode\": \"task\"|},")]
    [InlineData("\"cpu\": \"1024\",", "\"cpu\": \"1024\", {|ECSA7002:\"ephemeralStorage\"|}: { \"sizeInGiB\": 30 },")]
    [InlineData("\"cpu\": \"1024\",", "\"cpu\": \"1024\", {|ECSA7002:\"proxyConfiguration\"|}: { \"type\": \"APPMESH\", \"containerName\": \"proxy\" },")]
    [InlineData("\"cpu\": \"1024\",", "\"cpu\": \"1024\", {|ECSA7002:\"inferenceAccelerators\"|}: [{ \"deviceName\": \"device_1\", \"deviceType\": \"eia2.medium\" }],")]
    [InlineData("\"volumes\": [{ \"name\": \"data\",", "\"volumes\": [{ \"name\": \"cache\", {|ECSA7002:\"dockerVolumeConfiguration\"|}: { \"scope\": \"task\", \"driver\": \"local\" } }, { \"name\": \"data\",")]
    [InlineData("\"volumes\": [{ \"name\": \"data\",", "\"volumes\": [{ \"name\": \"share\", {|ECSA7002:\"fsxWindowsFileServerVolumeConfiguration\"|}: { \"fileSystemId\": \"fs-0123456789abcdef0\", \"rootDirectory\": \"share\" } }, { \"name\": \"data\",")]
    public void ECSA7002_settings_managed_instances_do_not_support(string from, string to) => VerifyJson.Rules("ECSA7002").Analyzer(With(from, to));

    [Fact]
    public void ECSA7002_host_mode_hostname_links_dns_servers_and_extra_hosts() => VerifyJson.Rules("ECSA7002").Analyzer(With(
        With("\"networkMode\": \"awsvpc\"", "\"networkMode\": \"host\""),
        "\"essential\": false,",
        "\"essential\": false, {|ECSA7002:\"hostname\": \"proxy\"|}, {|ECSA7002:\"links\"|}: [\"app\"], {|ECSA7002:\"dnsServers\"|}: [\"10.0.0.2\"], {|ECSA7002:\"extraHosts\"|}: [{ \"hostname\": \"db\", \"ipAddress\": \"10.0.0.5\" }],"));

    [Theory]
    [InlineData("\"essential\": false,", "\"essential\": false, \"disableNetworking\": false,")]
    [InlineData("\"essential\": false,", "\"essential\": false, \"dnsSearchDomains\": [], \"dockerSecurityOptions\": [], \"links\": [],")]
    [InlineData("\"essential\": false,", "\"essential\": false, \"dockerLabels\": { \"team\": \"web\" }, \"linuxParameters\": { \"tmpfs\": [{ \"containerPath\": \"/tmp\", \"size\": 64 }], \"initProcessEnabled\": true },")]
    [InlineData("\"essential\": false,", "\"essential\": false, \"resourceRequirements\": [{ \"type\": \"GPU\", \"value\": \"1\" }],")]
    [InlineData("\"essential\": false,", "\"essential\": false, \"linuxParameters\": { \"maxSwap\": \"${MAX_SWAP}\" },")]
    [InlineData("\"cpu\": \"1024\",", "\"cpu\": \"1024\", \"pidMode\": \"task\", \"placementConstraints\": [{ \"type\": \"memberOf\", \"expression\": \"attribute:ecs.instance-type =~ c5.*\" }],")]
    [InlineData("\"name\": \"data\",", "\"name\": \"scratch\" }, { \"name\": \"logs\", \"host\": { \"sourcePath\": \"/var/log\" } }, { \"name\": \"data\",")]
    public void ECSA7002_not_for_settings_managed_instances_support(string from, string to) => VerifyJson.Rules("ECSA7002").Analyzer(With(from, to));

    [Fact]
    public void ECSA7002_not_under_awsvpc_for_what_ECSA4002_reports() => VerifyJson.Rules("ECSA7002", "ECSA4002").Analyzer(With(
        "\"essential\": false,", "\"essential\": false, {|ECSA4002:\"hostname\": \"proxy\"|},"));

    [Fact]
    public void ECSA7002_not_without_managed_instances() => VerifyJson.Rules("ECSA7002").Analyzer(With(
        With(ManagedList, "\"requiresCompatibilities\": [\"EC2\"]"),
        "\"cpu\": \"1024\",",
        "\"cpu\": \"1024\", \"ipcMode\": \"task\", \"ephemeralStorage\": { \"sizeInGiB\": 30 },"));

    // ECSA7003
    [Theory]
    [InlineData("WINDOWS_SERVER_2022_CORE")]
    [InlineData("windows_server_2019_full")]
    public void ECSA7003_windows_on_managed_instances(string family) => VerifyJson.Rules("ECSA7003").Analyzer(With(
        "\"cpu\": \"1024\",", "\"cpu\": \"1024\", \"runtimePlatform\": { {|ECSA7003:\"operatingSystemFamily\": \"" + family + "\"|}, \"cpuArchitecture\": \"X86_64\" },"));

    [Theory]
    [InlineData("\"runtimePlatform\": { \"operatingSystemFamily\": \"LINUX\", \"cpuArchitecture\": \"ARM64\" },")]
    [InlineData("\"runtimePlatform\": { \"operatingSystemFamily\": \"${OS_FAMILY}\" },")]
    [InlineData("\"runtimePlatform\": { \"cpuArchitecture\": \"ARM64\" },")]
    public void ECSA7003_not_for_linux_or_unknown_families(string platform) => VerifyJson.Rules("ECSA7003").Analyzer(With("\"cpu\": \"1024\",", "\"cpu\": \"1024\", " + platform));

    // ECSA7005
    [Fact]
    public void ECSA7005_neuron_device_value_not_all() => VerifyJson.Rules("ECSA7005").Analyzer(With(
        "\"memoryReservation\": 128,", "\"memoryReservation\": 128, \"resourceRequirements\": [{ \"type\": \"NeuronDevice\", {|ECSA7005:\"value\": \"2\"|} }],"));

    [Fact]
    public void ECSA7005_neuron_devices_on_a_second_container() => VerifyJson.Rules("ECSA7005").Analyzer(With(
        With("\"memory\": 512,", "\"memory\": 512, \"resourceRequirements\": [{ \"type\": \"NeuronDevice\", \"value\": \"ALL\" }],"),
        "\"memoryReservation\": 128,",
        "\"memoryReservation\": 128, \"resourceRequirements\": [{|ECSA7005:{|} \"type\": \"NeuronDevice\", \"value\": \"ALL\" }],"));

    [Fact]
    public void ECSA7005_neuron_device_in_a_task_definition_without_managed_instances() => VerifyJson.Rules("ECSA7005", "ECSA1004").Analyzer(With(
        With(ManagedList, "\"requiresCompatibilities\": [\"EC2\"]"),
        "\"memoryReservation\": 128,",
        "\"memoryReservation\": 128, \"resourceRequirements\": [{|ECSA7005:{|} \"type\": \"NeuronDevice\", \"value\": \"ALL\" }],"));

    [Theory]
    [InlineData("\"resourceRequirements\": [{ \"type\": \"NeuronDevice\", \"value\": \"ALL\" }],", null)]
    [InlineData("\"resourceRequirements\": [{ \"type\": \"NeuronDevice\", \"value\": \"${NEURON}\" }],", null)]
    [InlineData("\"resourceRequirements\": [{ \"type\": \"NeuronDevice\", \"value\": \"ALL\" }],", "")]
    [InlineData("\"resourceRequirements\": [{ \"type\": \"NeuronDevice\", \"value\": \"ALL\" }],", "\"requiresCompatibilities\": [\"${COMPATIBILITY}\"]")]
    [InlineData("\"resourceRequirements\": [{ \"type\": \"NeuronDevice\", \"value\": \"ALL\" }],", "\"requiresCompatibilities\": [\"EC2\", \"MANAGED_INSTANCES\"]")]
    public void ECSA7005_not_for_one_container_with_all_devices_or_unknown_compatibilities(string requirement, string? compatibilities)
    {
        var json = With("\"memoryReservation\": 128,", "\"memoryReservation\": 128, " + requirement);
        if (compatibilities is not null)
        {
            json = json.Replace(ManagedList + (compatibilities.Length == 0 ? "," : ""), compatibilities, System.StringComparison.Ordinal);
        }

        VerifyJson.Rules("ECSA7005").Analyzer(json);
    }

    // ECSA7006
    [Fact]
    public void ECSA7006_no_execution_role_with_a_private_ecr_image_and_awslogs() => VerifyJson.Rules("ECSA7006").Analyzer(
        "{|ECSA7006:{|}" + With("\"executionRoleArn\": \"arn:aws:iam::123456789012:role/web-execution\",", "").Substring(1));

    [Fact]
    public void ECSA7006_message_names_the_container_that_needs_the_role()
    {
        var json = With("\"executionRoleArn\": \"arn:aws:iam::123456789012:role/web-execution\",", "");
        var message = VerifyJson.Diagnostics(json).Single(d => d.Id == "ECSA7006").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'web'", message, System.StringComparison.Ordinal);
        Assert.Contains("container 'app'", message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"executionRoleArn\": \"arn:aws:iam::123456789012:role/web-execution\"", "\"executionRoleArn\": \"${EXECUTION_ROLE_ARN}\"")]
    [InlineData("\"executionRoleArn\": \"arn:aws:iam::123456789012:role/web-execution\"", "\"executionRoleArn\": \"\"")]
    public void ECSA7006_not_for_an_unknown_execution_role(string from, string to) => VerifyJson.Rules("ECSA7006").Analyzer(With(from, to));

    [Fact]
    public void ECSA7006_not_for_public_images_logged_by_another_driver() => VerifyJson.Rules("ECSA7006").Analyzer(
        With("\"executionRoleArn\": \"arn:aws:iam::123456789012:role/web-execution\",", "")
            .Replace("123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1", "public.ecr.aws/nginx/nginx:1", System.StringComparison.Ordinal)
            .Replace("\"logDriver\": \"awslogs\"", "\"logDriver\": \"fluentd\"", System.StringComparison.Ordinal));

    [Fact]
    public void ECSA7006_not_without_managed_instances() => VerifyJson.Rules("ECSA7006").Analyzer(With(
        With(ManagedList, "\"requiresCompatibilities\": [\"EC2\"]"), "\"executionRoleArn\": \"arn:aws:iam::123456789012:role/web-execution\",", ""));

    // ECSA6001
    [Fact]
    public void ECSA6001_privileged_container() => VerifyJson.Analyzer(With("\"essential\": false,", "\"essential\": false, {|ECSA6001:\"privileged\": true|},"));

    [Theory]
    [InlineData("\"essential\": false,", "\"essential\": false, \"privileged\": false,")]
    [InlineData("\"essential\": false,", "\"essential\": false, \"privileged\": \"${PRIVILEGED}\",")]
    [InlineData("\"essential\": false,", "\"essential\": false, \"privileged\": null,")]
    public void ECSA6001_not_for_unprivileged_or_unknown(string from, string to) => VerifyJson.Rules("ECSA6001").Analyzer(With(from, to));

    [Fact]
    public void ECSA6001_not_on_fargate_where_ECSA1004_rejects_it() => VerifyJson.Rules("ECSA6001", "ECSA1004").Analyzer(
        Fargate("\"essential\": false,", "\"essential\": false, {|ECSA1004:\"privileged\": true|},"));

    // ECSA6002
    [Theory]
    [InlineData("{ \"name\": \"LOG_LEVEL\", \"value\": \"info\" }", "{ \"name\": \"DB_PASSWORD\", {|ECSA6002:\"value\": \"hunter2-prod\"|} }")]
    [InlineData("{ \"name\": \"LOG_LEVEL\", \"value\": \"info\" }", "{ \"name\": \"apiKey\", {|ECSA6002:\"value\": \"9f8e7d6c5b4a\"|} }")]
    [InlineData("{ \"name\": \"LOG_LEVEL\", \"value\": \"info\" }", "{ \"name\": \"AWS_KEY\", {|ECSA6002:\"value\": \"AKIAIOSFODNN7EXAMPLE\"|} }")]
    [InlineData("{ \"name\": \"LOG_LEVEL\", \"value\": \"info\" }", "{ {|ECSA6002:\"value\": \"s3cr3t-token\"|}, \"name\": \"GITHUB_TOKEN\" }")]
    public void ECSA6002_secrets_in_plain_environment_variables(string from, string to) => VerifyJson.Analyzer(With(from, to));

    [Theory]
    [InlineData("{ \"name\": \"DB_PASSWORD_FILE\", \"value\": \"/run/secrets/db\" }")]
    [InlineData("{ \"name\": \"DB_SECRET_ARN\", \"value\": \"arn:aws:secretsmanager:eu-west-1:123456789012:secret:db\" }")]
    [InlineData("{ \"name\": \"DB_PASSWORD\", \"value\": \"${DB_PASSWORD}\" }")]
    [InlineData("{ \"name\": \"DB_PASSWORD\", \"value\": \"\" }")]
    [InlineData("{ \"name\": \"DB_PASSWORD\", \"value\": \"{{ db_password }}\" }")]
    [InlineData("{ \"name\": \"TOKENIZER\", \"value\": \"bert-base\" }")]
    [InlineData("{ \"name\": \"${NAME}\", \"value\": \"hunter2-prod\" }")]
    public void ECSA6002_not_for_references_placeholders_or_other_names(string variable) => VerifyJson.Rules("ECSA6002").Analyzer(
        With("{ \"name\": \"LOG_LEVEL\", \"value\": \"info\" }", variable));

    [Fact]
    public void ECSA6002_not_for_secrets_taken_from_secrets_manager() => VerifyJson.Rules("ECSA6002").Analyzer(With(
        "\"environment\": [{ \"name\": \"LOG_LEVEL\", \"value\": \"info\" }],",
        "\"secrets\": [{ \"name\": \"DB_PASSWORD\", \"valueFrom\": \"arn:aws:secretsmanager:eu-west-1:123456789012:secret:db\" }],"));

    // ECSA6003
    [Fact]
    public void ECSA6003_efs_without_transit_encryption() => VerifyJson.Analyzer(With(
        "\"efsVolumeConfiguration\": { \"fileSystemId\": \"fs-12345678\", \"transitEncryption\": \"ENABLED\" }",
        "\"efsVolumeConfiguration\": {|ECSA6003:{|} \"fileSystemId\": \"fs-12345678\" }"));

    [Fact]
    public void ECSA6003_efs_with_transit_encryption_disabled() => VerifyJson.Analyzer(With(
        "\"transitEncryption\": \"ENABLED\"", "{|ECSA6003:\"transitEncryption\": \"DISABLED\"|}"));

    [Theory]
    [InlineData("\"transitEncryption\": \"ENABLED\"", "\"transitEncryption\": \"${TRANSIT_ENCRYPTION}\"")]
    [InlineData("\"transitEncryption\": \"ENABLED\"", "\"transitEncryption\": \"enabled\"")]
    public void ECSA6003_not_for_enabled_or_unknown(string from, string to) => VerifyJson.Rules("ECSA6003").Analyzer(With(from, to));

    [Fact]
    public void ECSA6003_not_where_ECSA2003_requires_it() => VerifyJson.Rules("ECSA6003", "ECSA2003").Analyzer(With(
        "\"transitEncryption\": \"ENABLED\"", "\"authorizationConfig\": { \"iam\": \"ENABLED\" }, {|ECSA2003:\"transitEncryption\": \"DISABLED\"|}"));

    // ECSA6005
    [Theory]
    [InlineData("\"networkMode\": \"awsvpc\"", "{|ECSA6005:\"networkMode\": \"host\"|}")]
    [InlineData("\"cpu\": \"1024\",", "\"cpu\": \"1024\", {|ECSA6005:\"pidMode\": \"host\"|},")]
    [InlineData("\"cpu\": \"1024\",", "\"cpu\": \"1024\", {|ECSA6005:\"ipcMode\": \"host\"|},")]
    public void ECSA6005_host_namespaces(string from, string to) => VerifyJson.Rules("ECSA6005").Analyzer(With(from, to));

    [Theory]
    [InlineData("\"cpu\": \"1024\",", "\"cpu\": \"1024\", \"pidMode\": \"task\", \"ipcMode\": \"none\",")]
    [InlineData("\"networkMode\": \"awsvpc\"", "\"networkMode\": \"${NETWORK_MODE}\"")]
    public void ECSA6005_not_for_task_namespaces_or_unknown(string from, string to) => VerifyJson.Rules("ECSA6005").Analyzer(With(from, to));

    [Fact]
    public void ECSA6005_not_on_fargate_where_ECSA1001_and_ECSA1004_reject_it() => VerifyJson.Rules("ECSA6005", "ECSA1001", "ECSA1004").Analyzer(
        Fargate("\"networkMode\": \"awsvpc\"", "{|ECSA1001:\"networkMode\": \"host\"|}, {|ECSA1004:\"pidMode\": \"host\"|}"));

    // ECSA6006
    [Theory]
    [InlineData("\"user\": \"1000\"", "{|ECSA6006:\"user\": \"root\"|}")]
    [InlineData("\"user\": \"1000\"", "{|ECSA6006:\"user\": \"0:0\"|}")]
    [InlineData("\"user\": \"1000\"", "{|ECSA6006:\"user\": \"root:docker\"|}")]
    public void ECSA6006_container_runs_as_root(string from, string to) => VerifyJson.Analyzer(With(from, to));

    [Theory]
    [InlineData("\"user\": \"1000\"", "\"user\": \"1000:1000\"")]
    [InlineData("\"user\": \"1000\"", "\"user\": \"rootless\"")]
    [InlineData("\"user\": \"1000\"", "\"user\": \"nginx:root\"")]
    [InlineData("\"user\": \"1000\"", "\"user\": \"${USER}\"")]
    public void ECSA6006_not_for_other_users(string from, string to) => VerifyJson.Rules("ECSA6006").Analyzer(With(from, to));

    [Fact]
    public void ECSA6006_not_for_windows_containers() => VerifyJson.Rules("ECSA6006").Analyzer(
        With(With(ManagedList, "\"requiresCompatibilities\": [\"EC2\"]"), "\"cpu\": \"1024\",", "\"cpu\": \"1024\", \"runtimePlatform\": { \"operatingSystemFamily\": \"WINDOWS_SERVER_2022_CORE\" },")
            .Replace("\"user\": \"1000\"", "\"user\": \"root\"", System.StringComparison.Ordinal));

    // ECSA6007
    [Fact]
    public void ECSA6007_container_without_log_configuration()
    {
        var json = With(
            ",\n      \"logConfiguration\": { \"logDriver\": \"awslogs\", \"options\": { \"awslogs-group\": \"/ecs/web\", \"awslogs-region\": \"eu-west-1\", \"awslogs-stream-prefix\": \"proxy\" } }",
            "");
        var at = json.IndexOf("{\n      \"name\": \"proxy\"", System.StringComparison.Ordinal);
        Assert.True(at > 0);
        VerifyJson.Analyzer(json.Substring(0, at) + "{|ECSA6007:{|}" + json.Substring(at + 1));
    }

    [Theory]
    [InlineData("\"logDriver\": \"awslogs\"", "\"logDriver\": \"${LOG_DRIVER}\"")]
    [InlineData("\"essential\": false,", "\"essential\": false, \"logConfiguration\": \"${LOG}\",")]
    public void ECSA6007_not_for_a_log_configuration_of_any_kind(string from, string to) => VerifyJson.Rules("ECSA6007").Analyzer(With(from, to));

    // ECSA6008
    [Theory]
    [InlineData("\"essential\": false,", "\"essential\": false, \"linuxParameters\": { \"capabilities\": { \"add\": [{|ECSA6008:\"SYS_ADMIN\"|}, \"CHOWN\"] } },")]
    [InlineData("\"essential\": false,", "\"essential\": false, \"linuxParameters\": { \"capabilities\": { \"add\": [{|ECSA6008:\"cap_net_admin\"|}] } },")]
    [InlineData("\"essential\": false,", "\"essential\": false, \"linuxParameters\": { \"capabilities\": { \"add\": [{|ECSA6008:\"ALL\"|}], \"drop\": [\"SYS_ADMIN\"] } },")]
    public void ECSA6008_dangerous_capabilities(string from, string to) => VerifyJson.Analyzer(With(from, to));

    [Theory]
    [InlineData("\"essential\": false,", "\"essential\": false, \"linuxParameters\": { \"capabilities\": { \"add\": [\"CHOWN\", \"NET_BIND_SERVICE\", \"${CAPABILITY}\"], \"drop\": [\"ALL\"] } },")]
    [InlineData("\"essential\": false,", "\"essential\": false, \"linuxParameters\": { \"capabilities\": { \"drop\": [\"SYS_ADMIN\", \"NET_ADMIN\"] } },")]
    public void ECSA6008_not_for_harmless_or_dropped_capabilities(string from, string to) => VerifyJson.Rules("ECSA6008").Analyzer(With(from, to));

    [Fact]
    public void ECSA6008_on_fargate_only_sys_ptrace_the_rest_being_ECSA1004s() => VerifyJson.Rules("ECSA6008", "ECSA1004").Analyzer(Fargate(
        "\"essential\": false,",
        "\"essential\": false, \"linuxParameters\": { \"capabilities\": { \"add\": [{|ECSA6008:\"SYS_PTRACE\"|}, {|ECSA1004:\"SYS_ADMIN\"|}] } },"));

    // ECSA6004 and ECSA6009 are off by default (the JSON verifier drops them): read through the front-end directly.
    [Fact]
    public void ECSA6004_and_ECSA6009_when_turned_on()
    {
        var json = With("\"essential\": false,", "\"essential\": false, \"readonlyRootFilesystem\": false,")
            .Replace("\"essential\": true,", "\"essential\": true, \"readonlyRootFilesystem\": true,", System.StringComparison.Ordinal);
        var found = All(json).Where(d => d.Id is "ECSA6004" or "ECSA6009").Select(d => d.Id + " " + Text(json, d)).ToList();
        Assert.Equal(new[] { "ECSA6004 \"readonlyRootFilesystem\": false", "ECSA6009 {" }, found);
        Assert.Contains("'proxy'", All(json).Single(d => d.Id == "ECSA6009").GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void ECSA6004_at_the_container_when_never_set_and_not_for_windows()
    {
        var linux = All(Managed).Where(d => d.Id == "ECSA6004").Select(d => Text(Managed, d)).ToList();
        Assert.Equal(new[] { "{", "{" }, linux);
        var windows = With("\"cpu\": \"1024\",", "\"cpu\": \"1024\", \"runtimePlatform\": { \"operatingSystemFamily\": \"WINDOWS_SERVER_2022_CORE\" },");
        Assert.DoesNotContain(All(windows), d => d.Id == "ECSA6004");
    }

    [Fact]
    public void ECSA6009_not_for_unknown_memory_or_where_ECSA5003_reports_it()
    {
        var unknown = With("\"memoryReservation\": 128,", "\"memoryReservation\": 128, \"memory\": \"${PROXY_MEMORY}\",");
        Assert.DoesNotContain(All(unknown), d => d.Id == "ECSA6009");
        var noTaskMemory = With("\"memory\": \"2048\",", "").Replace("\"memoryReservation\": 128,", "", System.StringComparison.Ordinal);
        var ids = All(noTaskMemory).Select(d => d.Id).ToList();
        Assert.Contains("ECSA5003", ids);
        Assert.DoesNotContain("ECSA6009", ids);
    }

    private static List<Diagnostic> All(string json)
    {
        var found = new List<Diagnostic>();
        TaskDefinitionFiles.Analyze(VerifyJson.Path, SourceText.From(json), found.Add, default);
        return found;
    }

    private static string Text(string json, Diagnostic d) => json.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length);
}
