import dev.noblame.pipeline.NoBlameApi

/**
 * Asks NoBlame's deploy gate before deploying and fails the stage with the reasons when the
 * deploy is denied (an open SEV1/SEV2 incident on the service, or priority actions past their SLA).
 *
 *   noblameGate(service: 'checkout', environment: 'production')
 *   noblameGate(service: 'checkout', environment: 'production', overrideReason: params.GATE_OVERRIDE)
 *
 * With a non-blank overrideReason a denied deploy goes ahead and NoBlame records the override,
 * with the reason, the build and the user who started it, on its evidence chain.
 * failOpen (default false): when NoBlame cannot be reached, go ahead with a warning instead of failing.
 * Answers [allowed:, reasons:, overridden:].
 */
def call(Map args = [:]) {
    if (!args.service || !args.environment) {
        throw new IllegalArgumentException('noblameGate: service and environment are required')
    }
    NoBlameApi api = new NoBlameApi(this, args)
    String query = "service=${NoBlameApi.enc(args.service as String)}&environment=${NoBlameApi.enc(args.environment as String)}" +
            (args.environmentType ? "&environmentType=${NoBlameApi.enc(args.environmentType as String)}" : '')
    Map answer = api.get("/api/v1/gate?${query}")
    if (answer.error) {
        if (args.failOpen) {
            echo("noblameGate: ${answer.error}; going ahead because failOpen is set")
            return [allowed: true, reasons: [answer.error as String], overridden: false]
        }
        error("noblameGate: cannot ask the deploy gate: ${answer.error}")
    }
    Map decision = answer.json ?: [:]
    List<String> reasons = (decision.reasons ?: []) as List<String>
    if (decision.allowed == true) {
        echo("noblameGate: deploy of ${args.service} to ${args.environment} allowed")
        return [allowed: true, reasons: reasons, overridden: false]
    }
    String overrideReason = (args.overrideReason ?: '') as String
    if (overrideReason.trim()) {
        Map recorded = api.post('/api/v1/integrations/jenkins/gate/overrides', NoBlameApi.compact([
                service    : args.service, environment: args.environment, environmentType: args.environmentType,
                reason     : overrideReason.trim(), buildUrl: env.BUILD_URL,
                by         : (env.BUILD_USER_ID ?: env.BUILD_USER ?: 'unknown') as String]))
        if (recorded.error) {
            error("noblameGate: the override could not be recorded, so it is not granted: ${recorded.error}")
        }
        echo("noblameGate: deploy denied but overridden (${overrideReason.trim()}); overridden reasons:\n - ${reasons.join('\n - ')}")
        return [allowed: true, reasons: (recorded.json?.reasons ?: reasons), overridden: true]
    }
    error("noblameGate: deploy of ${args.service} to ${args.environment} denied:\n - ${reasons.join('\n - ')}\n" +
            "(pass overrideReason to deploy anyway; the override is recorded)")
}
