// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.internal;

import java.lang.annotation.Annotation;

/** The configuration's defaults, with the token lifetime to choose. */
final class AuthTestConfig implements AanmeldConfig {
    private final int minutes;

    AuthTestConfig(int minutes) {
        this.minutes = minutes;
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return AanmeldConfig.class;
    }

    @Override
    public boolean lokaal() {
        return true;
    }

    @Override
    public int tokenMinuten() {
        return minutes;
    }

    @Override
    public String gemeente() {
        return "0363";
    }

    @Override
    public int klokafwijking() {
        return 0;
    }

    @Override
    public int minimaleLengte() {
        return 12;
    }

    @Override
    public int pogingen() {
        return 5;
    }
}
