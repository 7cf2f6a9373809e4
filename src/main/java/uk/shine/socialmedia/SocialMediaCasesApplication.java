package uk.shine.socialmedia;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SocialMediaCasesApplication {

  public static void main(String[] args) {
    SpringApplication.run(SocialMediaCasesApplication.class, args);
  }
}
