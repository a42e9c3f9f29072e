package org.partnershipworkshop;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

    /** The app's icon in the browser's tab and on a phone's home screen, and its web manifest. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/icon-32.png", "32x32");
        settings.addFavIcon("icon", "icons/icon-192.png", "192x192");
        settings.addFavIcon("apple-touch-icon", "icons/icon-180.png", "180x180");
        settings.addLink("manifest", "manifest.webmanifest");
        settings.addMetaTag("theme-color", "#1f5fa8");
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
